package jp.kasane.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

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
 * The outreach worker's day in a real, headless Chromium: the start page shows the visit due today, the
 * record shows how long since the last contact; a person newly heard of is registered, visited and moved
 * to 接触, and a bad date is answered in Japanese beside the form. Skipped, with the reason, without Chromium.
 */
class OutreachBrowserTest extends OutreachTestSupport {

	private static final Duration PATIENCE = Duration.ofSeconds(20);
	private static final Duration POLL = Duration.ofMillis(50);

	private static Chromium chromium;
	private static WebDriver driver;

	@RegisterExtension
	static final TestWatcher SCREENSHOT_ON_FAILURE = Chromium.screenshotOnFailure(() -> chromium);

	private String base;

	@BeforeEach
	void browser() throws IOException {
		Chromium.assumeInstalled("OutreachBrowserTest");
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
	void theOutreachWorkerSeesWhatIsDueAndRecordsAVisit() throws IOException {
		LocalDate today = today();
		signIn("outreach");

		// The demo's young man in ひきこもり: his next visit is due today.
		WebElement due = waitFor(ExpectedConditions.presenceOfElementLocated(By.id("outreach-due")), "the due outreach contacts");
		assertThat(due.getText()).contains("予定日を迎えたアウトリーチの働きかけ", today + " の予定（接触・最終接触から20日）");
		submit(due.findElement(By.partialLinkText("最終接触から20日")));
		assertThat(heading()).contains("森本　翔太", "接触");
		assertThat(text("since-last-contact")).contains("最終接触から20日");
		assertThat(text("next-contact")).contains("今日が予定日");
		assertThat(text("attempts")).contains("ドア越しに5分ほど会話", "部屋のドア越しに短く返事があった");
		assertThat(text("stages")).contains("把握 → 接触", "ドア越しに本人と言葉を交わせた");
		chromium.screenshot("outreach");

		// A person newly heard of from a neighbour.
		open("/outreach");
		submit(driver.findElement(By.id("new-outreach")));
		WebElement form = driver.findElement(By.cssSelector("form[action$='/outreach']"));
		fill(form, "familyName", "小路");
		fill(form, "givenName", "晴");
		fill(form, "familyKana", "コウジ");
		fill(form, "givenKana", uniqueKana());
		new Select(form.findElement(By.name("source"))).selectByVisibleText("近隣住民");
		fill(form, "sourceDetail", "向かいの住民");
		setDate(form.findElement(By.name("knownOn")), today.minusDays(14));
		fill(form, "note", "夜にだけ明かりがつく。新聞がたまっている");
		submit(form.findElement(By.cssSelector("button[type=submit]")));
		expectFlash("アウトリーチの対象として登録しました");
		assertThat(heading()).contains("小路　晴", "把握");
		assertThat(text("since-last-contact")).contains("まだ接触なし（把握から14日）");

		// A visit dated tomorrow is refused beside the form; today's visit with contact is recorded.
		WebElement attempt = driver.findElement(By.id("attempt-form"));
		setDate(attempt.findElement(By.name("attemptedOn")), today.plusDays(1));
		fill(attempt, "result", "未来の訪問");
		submit(attempt.findElement(By.cssSelector("button[type=submit]")));
		assertThat(driver.findElement(By.id("attempt-form")).getText()).contains("働きかけの日に未来の日付は入力できません");
		attempt = driver.findElement(By.id("attempt-form"));
		new Select(attempt.findElement(By.name("method"))).selectByVisibleText("訪問");
		attempt.findElement(By.name("contactMade")).click();
		fill(attempt, "result", "玄関先で少し話せた");
		setDate(attempt.findElement(By.name("nextContactOn")), today.plusDays(14));
		submit(attempt.findElement(By.cssSelector("button[type=submit]")));
		expectFlash("働きかけを記録しました");
		assertThat(text("since-last-contact")).contains("最終接触から0日");
		assertThat(text("next-contact")).contains(today.plusDays(14).toString());

		WebElement stage = driver.findElement(By.id("stage-form"));
		new Select(stage.findElement(By.name("stage"))).selectByVisibleText("接触");
		fill(stage, "reason", "玄関先で本人と話せた");
		submit(stage.findElement(By.cssSelector("button[type=submit]")));
		expectFlash("関係性の段階を変更しました");
		assertThat(heading()).contains("接触");
		assertThat(text("stages")).contains("把握 → 接触", "玄関先で本人と話せた");

		// The list shows him with the time since the last contact and the planned visit.
		open("/outreach");
		assertThat(text("outreach-list")).contains("小路　晴", "接触", "最終接触から0日", today.plusDays(14).toString());
	}

	private void signIn(String username) {
		driver.get(base + "/login");
		WebElement user = waitFor(ExpectedConditions.elementToBeClickable(By.name("username")), "the sign-in form");
		user.clear();
		user.sendKeys(username);
		driver.findElement(By.name("password")).sendKeys(PASSWORD);
		driver.findElement(By.cssSelector("section.login form button[type=submit]")).click();
		waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "ホーム"), "the home page of " + username);
	}

	private void open(String path) {
		driver.get(base + path);
		waitFor(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")), "the page " + path);
	}

	/** Clicks and waits until the next page has replaced this one (see Journey8050BrowserTest). */
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

	private void fill(WebElement form, String name, String value) {
		WebElement field = form.findElement(By.name(name));
		field.clear();
		field.sendKeys(value);
	}

	private void setDate(WebElement field, LocalDate date) {
		((JavascriptExecutor) driver).executeScript(
				"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
				field, date.toString());
	}

	private void expectFlash(String text) {
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main p.flash"), text), "the message 「" + text + "」");
	}

	private String heading() {
		return driver.findElement(By.tagName("h1")).getText();
	}

	private String text(String id) {
		return driver.findElement(By.id(id)).getText();
	}

	private static <T> T waitFor(Function<? super WebDriver, T> condition, String what) {
		try {
			return new WebDriverWait(driver, PATIENCE, POLL).until(condition);
		}
		catch (TimeoutException ex) {
			throw new AssertionError("Waited for " + what + " at " + driver.getCurrentUrl() + "; the page showed:\n"
					+ driver.findElement(By.tagName("body")).getText(), ex);
		}
	}
}
