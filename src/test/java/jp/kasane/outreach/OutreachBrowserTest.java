package jp.kasane.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;

import jp.kasane.support.BrowserPages;
import jp.kasane.support.Chromium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The outreach worker's day in a real, headless Chromium: the start page shows the visit due today, the
 * record shows how long since the last contact; a person newly heard of is registered, visited and moved
 * to 接触, and a bad date is answered in Japanese beside the form. Skipped, with the reason, without Chromium.
 */
class OutreachBrowserTest extends OutreachTestSupport {

	@RegisterExtension
	static final Chromium.PerClass CHROMIUM = Chromium.perClass();

	private WebDriver driver;
	private BrowserPages browser;

	@BeforeEach
	void openBrowser() {
		driver = CHROMIUM.driver();
		browser = new BrowserPages(driver, "http://localhost:" + port);
	}

	@Test
	void theOutreachWorkerSeesWhatIsDueAndRecordsAVisit() throws IOException {
		LocalDate today = today();
		browser.signIn("outreach");

		// The demo's young man in ひきこもり: his next visit is due today.
		WebElement due = browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("outreach-due")), "the due outreach contacts");
		assertThat(due.getText()).contains("予定日を迎えたアウトリーチの働きかけ", today + " の予定（接触・最終接触から20日）");
		browser.submit(due.findElement(By.partialLinkText("最終接触から20日")));
		assertThat(browser.heading()).contains("森本　翔太", "接触");
		assertThat(text("since-last-contact")).contains("最終接触から20日");
		assertThat(text("next-contact")).contains("今日が予定日");
		assertThat(text("attempts")).contains("ドア越しに5分ほど会話", "部屋のドア越しに短く返事があった");
		assertThat(text("stages")).contains("把握 → 接触", "ドア越しに本人と言葉を交わせた");
		CHROMIUM.screenshot("outreach");

		// A person newly heard of from a neighbour.
		browser.open("/outreach");
		browser.submit(driver.findElement(By.id("new-outreach")));
		WebElement form = driver.findElement(By.cssSelector("form[action$='/outreach']"));
		browser.fill(form, "familyName", "小路");
		browser.fill(form, "givenName", "晴");
		browser.fill(form, "familyKana", "コウジ");
		browser.fill(form, "givenKana", uniqueKana());
		new Select(form.findElement(By.name("source"))).selectByVisibleText("近隣住民");
		browser.fill(form, "sourceDetail", "向かいの住民");
		browser.setDate(form.findElement(By.name("knownOn")), today.minusDays(14));
		browser.fill(form, "note", "夜にだけ明かりがつく。新聞がたまっている");
		browser.submit(form.findElement(By.cssSelector("button[type=submit]")));
		browser.expectFlash("アウトリーチの対象として登録しました");
		assertThat(browser.heading()).contains("小路　晴", "把握");
		assertThat(text("since-last-contact")).contains("まだ接触なし（把握から14日）");

		// A visit dated tomorrow is refused beside the form; today's visit with contact is recorded.
		WebElement attempt = driver.findElement(By.id("attempt-form"));
		browser.setDate(attempt.findElement(By.name("attemptedOn")), today.plusDays(1));
		browser.fill(attempt, "result", "未来の訪問");
		browser.submit(attempt.findElement(By.cssSelector("button[type=submit]")));
		assertThat(driver.findElement(By.id("attempt-form")).getText()).contains("働きかけの日に未来の日付は入力できません");
		attempt = driver.findElement(By.id("attempt-form"));
		new Select(attempt.findElement(By.name("method"))).selectByVisibleText("訪問");
		attempt.findElement(By.name("contactMade")).click();
		browser.fill(attempt, "result", "玄関先で少し話せた");
		browser.setDate(attempt.findElement(By.name("nextContactOn")), today.plusDays(14));
		browser.submit(attempt.findElement(By.cssSelector("button[type=submit]")));
		browser.expectFlash("働きかけを記録しました");
		assertThat(text("since-last-contact")).contains("最終接触から0日");
		assertThat(text("next-contact")).contains(today.plusDays(14).toString());

		WebElement stage = driver.findElement(By.id("stage-form"));
		new Select(stage.findElement(By.name("stage"))).selectByVisibleText("接触");
		browser.fill(stage, "reason", "玄関先で本人と話せた");
		browser.submit(stage.findElement(By.cssSelector("button[type=submit]")));
		browser.expectFlash("関係性の段階を変更しました");
		assertThat(browser.heading()).contains("接触");
		assertThat(text("stages")).contains("把握 → 接触", "玄関先で本人と話せた");

		// The list shows him with the time since the last contact and the planned visit.
		browser.open("/outreach");
		assertThat(text("outreach-list")).contains("小路　晴", "接触", "最終接触から0日", today.plusDays(14).toString());
	}

	private String text(String id) {
		return driver.findElement(By.id(id)).getText();
	}
}
