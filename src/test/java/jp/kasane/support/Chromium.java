package jp.kasane.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
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
	 * Skips the calling test, with the reason, when Chromium is not installed. Call it from
	 * {@code @BeforeEach}: an assumption failing in {@code @BeforeAll} makes Surefire report 0 tests
	 * run, which reads like a silent pass.
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
	 * A watcher that leaves target/screenshots/failed-TEST.png of what the browser showed when a test
	 * fails; {@code current} gives the class's browser, or null before it started.
	 */
	public static TestWatcher screenshotOnFailure(Supplier<Chromium> current) {
		return new TestWatcher() {
			@Override
			public void testFailed(ExtensionContext context, Throwable cause) {
				Chromium chromium = current.get();
				if (chromium != null) {
					try {
						chromium.screenshot("failed-" + context.getRequiredTestMethod().getName());
					}
					catch (IOException | RuntimeException ex) {
						cause.addSuppressed(ex);
					}
				}
			}
		};
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
