package jp.kasane.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;

import jp.kasane.IntegrationTest;
import jp.kasane.support.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The directory in real Chromium: the 地域づくり agency finds "a place open on Saturday afternoon for a
 * child in 北小学校区" from the search form, registers a place (a wrong schedule is explained beside the
 * field), and a caseworker opening the DV shelter sees the notice instead of its address.
 */
class DirectoryBrowserTest extends IntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	private static Chromium chromium;
	private static WebDriver driver;

	@RegisterExtension
	static final TestWatcher SCREENSHOT_ON_FAILURE = Chromium.screenshotOnFailure(() -> chromium);

	private String base;

	@BeforeEach
	void browser() throws IOException {
		Chromium.assumeInstalled("DirectoryBrowserTest");
		if (chromium == null) {
			chromium = Chromium.start();
			driver = chromium.driver();
		}
		base = "http://localhost:" + port;
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (chromium != null) {
			chromium.close();
			chromium = null;
			driver = null;
		}
	}

	@Test
	void searchRegisterAndTheShelterNotice() throws IOException {
		signIn("chiiki");
		submit(driver.findElement(By.linkText("社会資源")));
		assertThat(heading()).isEqualTo("社会資源・居場所を探す");
		WebElement search = driver.findElement(By.cssSelector("form[role=search]"));
		new Select(search.findElement(By.name("target"))).selectByVisibleText("子ども・子育て");
		new Select(search.findElement(By.name("area"))).selectByVisibleText("北小学校区（小学校区）");
		search.findElement(By.name("day")).sendKeys("土");
		search.findElement(By.name("time")).sendKeys("午後");
		submit(search.findElement(By.cssSelector("button[type=submit]")));
		String results = driver.findElement(By.cssSelector("main table tbody")).getText();
		assertThat(results).contains("北町こども食堂 ひまわり", "毎週土曜 11:30〜14:00", "土曜の居場所 きたっこひろば")
			.doesNotContain("みなみ地域食堂", "パパと遊ぼう 土曜ひろば");
		chromium.screenshot("directory-search");

		submit(driver.findElement(By.linkText("新しく登録する")));
		assertThat(heading()).isEqualTo("社会資源・居場所を登録する");
		String name = "ブラウザの居場所 " + uniqueKana();
		WebElement form = driver.findElement(By.cssSelector("form[action$='/directory']"));
		form.findElement(By.name("name")).sendKeys(name);
		new Select(form.findElement(By.name("kind"))).selectByVisibleText("コミュニティカフェ");
		form.findElement(By.name("operatorName")).sendKeys("ブラウザ町会");
		form.findElement(By.xpath(".//label[normalize-space()='多世代']//input")).click();
		form.findElement(By.xpath(".//label[normalize-space()='西小学校区']//input")).click();
		form.findElement(By.name("schedules")).sendKeys("毎月第5木曜 19:00-18:00");
		submit(form.findElement(By.cssSelector("button[type=submit]")));
		assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("終了時刻は開始時刻より後にしてください");
		form = driver.findElement(By.cssSelector("form[action$='/directory']"));
		WebElement schedules = form.findElement(By.name("schedules"));
		schedules.clear();
		schedules.sendKeys("毎月第5木曜 17:00-19:00");
		submit(form.findElement(By.cssSelector("button[type=submit]")));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main p.flash"), "を登録しました"), "the flash");
		assertThat(heading()).isEqualTo(name);
		assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("毎月第5木曜 17:00〜19:00", "多世代", "西小学校区");

		signIn("hokatsu");
		open("/directory?q=" + DirectoryTest.enc("あおい"));
		submit(driver.findElement(By.linkText(DirectoryTest.SHELTER)));
		String shelter = driver.findElement(By.cssSelector("main")).getText();
		assertThat(shelter).contains("所在地は非公開です（問い合わせ先へ）", "所在地非公開").doesNotContain(DirectoryTest.SHELTER_ADDRESS);
		assertThat(driver.getPageSource()).doesNotContain(DirectoryTest.SHELTER_ADDRESS);
		chromium.screenshot("directory-shelter");
	}

	private void signIn(String username) {
		driver.manage().deleteAllCookies();
		driver.get(base + "/login");
		WebElement user = waitFor(ExpectedConditions.elementToBeClickable(By.name("username")), "the sign-in form");
		user.sendKeys(username);
		driver.findElement(By.name("password")).sendKeys(PASSWORD);
		driver.findElement(By.cssSelector("section.login form button[type=submit]")).click();
		waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "ホーム"), "the home page of " + username);
	}

	private void open(String path) {
		driver.get(base + path);
		waitFor(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")), "the page " + path);
	}

	/** Clicks and waits for the next page (the old page's mark is gone and the new one has loaded). */
	private void submit(WebElement button) {
		String mark = UUID.randomUUID().toString();
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript("window.kasaneLeaving = arguments[0];", mark);
		button.click();
		waitFor(browser -> {
			try {
				return !mark.equals(js.executeScript("return window.kasaneLeaving;"))
						&& "complete".equals(js.executeScript("return document.readyState;"));
			}
			catch (WebDriverException navigating) {
				return false;
			}
		}, "the next page");
		waitFor(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")), "the next page's heading");
	}

	private String heading() {
		return driver.findElement(By.tagName("h1")).getText();
	}

	private static <T> T waitFor(Function<? super WebDriver, T> condition, String what) {
		try {
			return new WebDriverWait(driver, PATIENCE, Duration.ofMillis(50)).until(condition);
		}
		catch (TimeoutException ex) {
			throw new AssertionError("Waited for " + what + " at " + driver.getCurrentUrl() + "; the page showed:\n"
					+ driver.findElement(By.tagName("body")).getText(), ex);
		}
	}
}
