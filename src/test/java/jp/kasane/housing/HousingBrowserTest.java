package jp.kasane.housing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jp.kasane.casework.CaseworkTestSupport;
import jp.kasane.support.Api;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * 居住継続支援 in real Chromium: the case's page refuses it and names the missing measure, the
 * municipality completes the checklist, the coordinator starts 居住継続支援 for the person and records
 * a follow-up, and the municipality's list shows the person with the next date.
 */
class HousingBrowserTest extends CaseworkTestSupport {

	private static final Duration PATIENCE = Duration.ofSeconds(20);
	private static final Duration POLL = Duration.ofMillis(100);
	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	private static Chromium chromium;
	private static WebDriver driver;

	@RegisterExtension
	static final TestWatcher SCREENSHOT_ON_FAILURE = Chromium.screenshotOnFailure(() -> chromium);

	private String base;

	@BeforeEach
	void browser() throws IOException {
		Chromium.assumeInstalled("HousingBrowserTest");
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
	void refusedUntilTheChecklistIsCompleteThenStartedAndFollowedUp() {
		LocalDate today = LocalDate.now(TOKYO);
		checklistWithoutTheCouncil();
		CaseAt c = caseInPlanning("住居", "窓子");

		// The coordinator finds the function refused, with the missing measure named.
		signIn("kyodo");
		open("/cases/" + c.id());
		submit(driver.findElement(By.id("housing-link")));
		assertThat(driver.findElement(By.id("housing-refusal")).getText()).contains("5. アウトリーチ・参加支援事業者の居住支援協議会への参画")
			.doesNotContain("4. 住宅確保要配慮者");
		assertThat(driver.findElements(By.id("start-housing"))).isEmpty();

		// The municipality records the fifth measure.
		signIn("shiyakusho");
		open("/housing");
		assertThat(driver.findElement(By.id("housing-status")).getText()).isEqualTo("利用できません");
		WebElement checklist = driver.findElement(By.id("checklist"));
		WebElement council = checklist.findElement(By.name("done_SUPPORT_COUNCIL_PARTICIPATION"));
		if (!council.isSelected()) {
			council.click();
		}
		setDate(checklist.findElement(By.name("doneOn_SUPPORT_COUNCIL_PARTICIPATION")), today.minusDays(1));
		fill(checklist, "evidence_SUPPORT_COUNCIL_PARTICIPATION", "居住支援協議会の総会で加入承認");
		submit(driver.findElement(By.id("save-checklist")));
		expectFlash("居住継続支援を利用できます");
		assertThat(driver.findElement(By.id("housing-status")).getText()).isEqualTo("利用できます");

		// The coordinator starts 居住継続支援 for the person and records the first visit.
		signIn("kyodo");
		open("/cases/" + c.id() + "/housing");
		WebElement start = driver.findElement(By.id("start-housing"));
		start.findElement(By.name("complexNeeds")).click();
		start.findElement(By.name("continuationNeeded")).click();
		setDate(start.findElement(By.name("conferenceHeldOn")), today.minusDays(3));
		setDate(start.findElement(By.name("moveInOn")), today.minusDays(10));
		fill(start, "supportCorporation", "NPO法人すまいるかさね");
		start.findElement(By.name("watching")).click();
		start.findElement(By.name("communityTies")).click();
		submit(start.findElement(By.id("start-housing-submit")));
		expectFlash("居住継続支援を開始しました");
		assertThat(mainText()).contains("住居　窓子 さんの居住継続支援", "入居後の見守り・地域とのつながりづくり", "NPO法人すまいるかさね",
				"フォローアップ未実施（開始から0日）");

		WebElement followUp = driver.findElement(By.cssSelector("form[action$='/follow-ups']"));
		fill(followUp, "note", "訪問。近くのサロンの案内を渡した");
		setDate(followUp.findElement(By.name("nextOn")), today.plusDays(21));
		submit(followUp.findElement(By.cssSelector("button[type=submit]")));
		expectFlash("フォローアップを記録しました");
		assertThat(driver.findElement(By.cssSelector(".since-contact")).getText()).isEqualTo("最後のフォローアップから0日");
		assertThat(driver.findElement(By.cssSelector(".next-follow-up")).getText()).isEqualTo(today.plusDays(21).toString());

		open("/housing");
		assertThat(driver.findElement(By.id("housing-people")).getText()).contains("住居　窓子", today.plusDays(21).toString());
	}

	private void checklistWithoutTheCouncil() {
		Api shiyakusho = api("shiyakusho");
		int version = shiyakusho.get("/api/v1/housing/prerequisites").json().path("version").asInt();
		List<Map<String, Object>> measures = new ArrayList<>();
		for (PrerequisiteMeasure m : PrerequisiteMeasure.values()) {
			boolean done = m != PrerequisiteMeasure.SUPPORT_COUNCIL_PARTICIPATION;
			Map<String, Object> measure = new HashMap<>(Map.of("measure", m.name(), "done", done));
			if (done) {
				measure.put("doneOn", LocalDate.now(TOKYO).minusMonths(2).toString());
			}
			measures.add(measure);
		}
		List<Map<String, Object>> activities = new ArrayList<>();
		for (SetupActivity a : SetupActivity.values()) {
			activities.add(Map.of("activity", a.name(), "status", "NOT_STARTED"));
		}
		assertThat(shiyakusho.put("/api/v1/housing/prerequisites", Map.of("version", version, "measures", measures,
				"activities", activities)).status()).isEqualTo(200);
	}

	// ---- the browser (as in Journey8050BrowserTest) ----

	private void signIn(String username) {
		List<WebElement> logout = driver.findElements(By.xpath("//header//button[normalize-space()='ログアウト']"));
		if (!logout.isEmpty()) {
			logout.get(0).click();
			waitFor(ExpectedConditions.urlContains("/login?logout"), "the sign-out");
		}
		else {
			driver.get(base + "/login");
		}
		WebElement user = waitFor(ExpectedConditions.elementToBeClickable(By.name("username")), "the sign-in form");
		user.clear();
		user.sendKeys(username);
		WebElement secret = driver.findElement(By.name("password"));
		secret.clear();
		secret.sendKeys(PASSWORD);
		driver.findElement(By.cssSelector("section.login form button[type=submit]")).click();
		waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "ホーム"), "the home page of " + username);
	}

	private void open(String path) {
		driver.get(base + path);
		waitFor(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")), "the page " + path);
	}

	/** Clicks and waits until the browser shows the next page (the old page carries a mark the new one lacks). */
	private void submit(WebElement button) {
		String mark = UUID.randomUUID().toString();
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript("window.kasaneLeaving = arguments[0];", mark);
		String label = button.getText();
		button.click();
		waitFor(browser -> {
			try {
				return !mark.equals(js.executeScript("return window.kasaneLeaving;"))
						&& "complete".equals(js.executeScript("return document.readyState;"));
			}
			catch (WebDriverException navigating) {
				return false;
			}
		}, "the page after pressing 「" + label + "」");
		waitFor(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")), "the next page");
	}

	private void fill(WebElement form, String name, String text) {
		WebElement field = form.findElement(By.name(name));
		field.clear();
		field.sendKeys(text);
	}

	private void setDate(WebElement field, LocalDate date) {
		((JavascriptExecutor) driver).executeScript(
				"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
				field, date.toString());
		assertThat(field.getDomProperty("value")).isEqualTo(date.toString());
	}

	private void expectFlash(String text) {
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main p.flash"), text),
				"the message 「" + text + "」");
	}

	private String mainText() {
		return driver.findElement(By.tagName("main")).getText();
	}

	private static <T> T waitFor(Function<? super WebDriver, T> condition, String what) {
		try {
			return new WebDriverWait(driver, PATIENCE, POLL).until(condition);
		}
		catch (TimeoutException ex) {
			String body;
			try {
				body = driver.findElement(By.tagName("body")).getText();
			}
			catch (RuntimeException unreadable) {
				body = "(unreadable: " + unreadable.getMessage() + ")";
			}
			throw new AssertionError("Waited " + PATIENCE.toSeconds() + " s for " + what + " at " + driver.getCurrentUrl()
					+ "; the page showed:\n" + (body.length() > 2000 ? body.substring(0, 2000) + "…" : body), ex);
		}
	}
}
