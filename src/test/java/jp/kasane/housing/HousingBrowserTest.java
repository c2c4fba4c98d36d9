package jp.kasane.housing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.kasane.casework.CaseworkTestSupport;
import jp.kasane.support.Api;
import jp.kasane.support.BrowserPages;
import jp.kasane.support.Chromium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * 居住継続支援 in real Chromium: the case's page refuses it and names the missing measure, the
 * municipality completes the checklist, the coordinator starts 居住継続支援 for the person and records
 * a follow-up, and the municipality's list shows the person with the next date.
 */
class HousingBrowserTest extends CaseworkTestSupport {

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

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
	void refusedUntilTheChecklistIsCompleteThenStartedAndFollowedUp() {
		LocalDate today = LocalDate.now(TOKYO);
		checklistWithoutTheCouncil();
		CaseAt c = caseInPlanning("住居", "窓子");

		// The coordinator finds the function refused, with the missing measure named.
		browser.signIn("kyodo");
		browser.open("/cases/" + c.id());
		browser.submit(driver.findElement(By.id("housing-link")));
		assertThat(driver.findElement(By.id("housing-refusal")).getText()).contains("5. アウトリーチ・参加支援事業者の居住支援協議会への参画")
			.doesNotContain("4. 住宅確保要配慮者");
		assertThat(driver.findElements(By.id("start-housing"))).isEmpty();

		// The municipality records the fifth measure.
		browser.signIn("shiyakusho");
		browser.open("/housing");
		assertThat(driver.findElement(By.id("housing-status")).getText()).isEqualTo("利用できません");
		WebElement checklist = driver.findElement(By.id("checklist"));
		WebElement council = checklist.findElement(By.name("done_SUPPORT_COUNCIL_PARTICIPATION"));
		if (!council.isSelected()) {
			council.click();
		}
		browser.setDate(checklist.findElement(By.name("doneOn_SUPPORT_COUNCIL_PARTICIPATION")), today.minusDays(1));
		browser.fill(checklist, "evidence_SUPPORT_COUNCIL_PARTICIPATION", "居住支援協議会の総会で加入承認");
		browser.submit(driver.findElement(By.id("save-checklist")));
		browser.expectFlash("居住継続支援を利用できます");
		assertThat(driver.findElement(By.id("housing-status")).getText()).isEqualTo("利用できます");

		// The coordinator starts 居住継続支援 for the person and records the first visit.
		browser.signIn("kyodo");
		browser.open("/cases/" + c.id() + "/housing");
		WebElement start = driver.findElement(By.id("start-housing"));
		start.findElement(By.name("complexNeeds")).click();
		start.findElement(By.name("continuationNeeded")).click();
		browser.setDate(start.findElement(By.name("conferenceHeldOn")), today.minusDays(3));
		browser.setDate(start.findElement(By.name("moveInOn")), today.minusDays(10));
		browser.fill(start, "supportCorporation", "NPO法人すまいるかさね");
		start.findElement(By.name("watching")).click();
		start.findElement(By.name("communityTies")).click();
		browser.submit(start.findElement(By.id("start-housing-submit")));
		browser.expectFlash("居住継続支援を開始しました");
		assertThat(browser.mainText()).contains("住居　窓子 さんの居住継続支援", "入居後の見守り・地域とのつながりづくり", "NPO法人すまいるかさね",
				"フォローアップ未実施（開始から0日）");

		WebElement followUp = driver.findElement(By.cssSelector("form[action$='/follow-ups']"));
		browser.fill(followUp, "note", "訪問。近くのサロンの案内を渡した");
		browser.setDate(followUp.findElement(By.name("nextOn")), today.plusDays(21));
		browser.submit(followUp.findElement(By.cssSelector("button[type=submit]")));
		browser.expectFlash("フォローアップを記録しました");
		assertThat(driver.findElement(By.cssSelector(".since-contact")).getText()).isEqualTo("最後のフォローアップから0日");
		assertThat(driver.findElement(By.cssSelector(".next-follow-up")).getText()).isEqualTo(today.plusDays(21).toString());

		browser.open("/housing");
		assertThat(driver.findElement(By.id("housing-people")).getText()).contains("住居　窓子", today.plusDays(21).toString());
	}

	private void checklistWithoutTheCouncil() {
		Api shiyakusho = api("shiyakusho");
		int version = shiyakusho.get("/api/v1/housing/prerequisites").json().path("version").asInt();
		List<Map<String, Object>> measures = new ArrayList<>();
		for (PrerequisiteMeasure m : PrerequisiteMeasure.values()) {
			boolean done = m != PrerequisiteMeasure.SUPPORT_COUNCIL_PARTICIPATION;
			Map<String, Object> measure = new HashMap<>(Map.of("measure", m.name(), "done", done));
			measure.put("doneOn", done ? LocalDate.now(TOKYO).minusMonths(2).toString() : null);
			measure.put("evidence", null);
			measures.add(measure);
		}
		List<Map<String, Object>> activities = new ArrayList<>();
		for (SetupActivity a : SetupActivity.values()) {
			Map<String, Object> activity = new HashMap<>(Map.of("activity", a.name(), "status", "NOT_STARTED"));
			activity.put("note", null);
			activities.add(activity);
		}
		assertThat(shiyakusho.put("/api/v1/housing/prerequisites", Map.of("version", version, "measures", measures,
				"activities", activities)).status()).isEqualTo(200);
	}
}
