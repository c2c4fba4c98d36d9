package jp.kasane.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for the browser tests. Nothing is downloaded: driver and browser are
 * given explicitly, so Selenium Manager never runs. Without them, tests are skipped with the reason.
 */
public final class Chromium implements AutoCloseable {

	static final String BROWSER = "/usr/bin/chromium";
	static final String DRIVER = "/usr/bin/chromedriver";
	public static final String MISSING = "Chromium not found: install Debian's chromium and chromium-driver "
			+ "(apt-get install -y chromium chromium-driver) to run the browser tests";

	private static boolean warned;

	private final WebDriver driver;
	private final Path profile;

	private Chromium(WebDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/**
	 * Skips the calling test, with the reason, when Chromium is not installed. Call it before each test
	 * ({@link #perClass()} does): an assumption failing in {@code @BeforeAll} makes Surefire report 0
	 * tests run, which reads like a silent pass.
	 */
	public static void assumeInstalled(String testName) {
		boolean installed = Files.isExecutable(Path.of(BROWSER)) && Files.isExecutable(Path.of(DRIVER));
		if (!installed && !warned) {
			warned = true;
			System.err.println("[" + testName + "] SKIPPED: " + MISSING);
		}
		Assumptions.assumeTrue(installed, MISSING);
	}

	/** Starts a headless Chromium in Japanese with a fresh profile and no background networking. */
	public static Chromium start() throws IOException {
		// Were Selenium Manager ever started, it reads SE_* properties as its settings: never download.
		System.setProperty("SE_OFFLINE", "true");
		System.setProperty("SE_AVOID_BROWSER_DOWNLOAD", "true");
		Path profile = Files.createTempDirectory("kasane-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--user-data-dir=" + profile.toAbsolutePath(), "--lang=ja");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(DRIVER))
			.usingAnyFreePort()
			.build();
		WebDriver driver = new ChromeDriver(service, options);
		driver.manage().window().setSize(new Dimension(1280, 1024));
		return new Chromium(driver, profile);
	}

	public WebDriver driver() {
		return driver;
	}

	/** Saves what the browser shows to target/screenshots/NAME.png. */
	public Path screenshot(String name) throws IOException {
		byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
		Path file = Path.of(System.getProperty("basedir", "."), "target", "screenshots", name + ".png");
		Files.createDirectories(file.getParent());
		Files.write(file, png);
		return file;
	}

	/**
	 * The browser of one test class, for a static {@code @RegisterExtension} field: before each test it
	 * skips the test, with the reason, when Chromium is missing ({@link #assumeInstalled}, so never in
	 * {@code @BeforeAll}) and starts the browser for the class's first test; a failed test leaves
	 * target/screenshots/failed-TEST.png of what the browser showed; after the class's last test it quits.
	 */
	public static PerClass perClass() {
		return new PerClass();
	}

	/** See {@link Chromium#perClass()}. */
	public static final class PerClass implements BeforeEachCallback, AfterAllCallback, TestWatcher {

		private Chromium chromium;

		private PerClass() {
		}

		@Override
		public void beforeEach(ExtensionContext context) throws IOException {
			assumeInstalled(context.getRequiredTestClass().getSimpleName());
			if (chromium == null) {
				chromium = start();
			}
		}

		/** The class's browser; started before each test (so use it in a test or in {@code @BeforeEach}). */
		public WebDriver driver() {
			return running().driver();
		}

		/** Saves what the browser shows to target/screenshots/NAME.png. */
		public Path screenshot(String name) throws IOException {
			return running().screenshot(name);
		}

		private Chromium running() {
			if (chromium == null) {
				throw new IllegalStateException("Chromium starts before each test: use it in a test or in @BeforeEach");
			}
			return chromium;
		}

		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			if (chromium != null) {
				try {
					chromium.screenshot("failed-" + context.getRequiredTestMethod().getName());
				}
				catch (IOException | RuntimeException ex) {
					cause.addSuppressed(ex);
				}
			}
		}

		@Override
		public void afterAll(ExtensionContext context) throws IOException {
			if (chromium != null) {
				try {
					chromium.close();
				}
				finally {
					chromium = null;
				}
			}
		}
	}

	/** Quits the browser and removes its profile. */
	@Override
	public void close() throws IOException {
		try {
			driver.quit();
		}
		finally {
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}
}
