package jp.kasane.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;

import jp.kasane.IntegrationTest;
import jp.kasane.shared.FiscalYear;
import jp.kasane.support.Api;
import jp.kasane.support.Api.Response;
import jp.kasane.support.BrowserPages;
import jp.kasane.support.Chromium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The network pages in real Chromium, signed in as the 地域づくり事業者 (chiiki, who may change them): the
 * demo platform with its 7 参画法人 and the 国庫補助基準額 the rule gives; a wrong 参画日 in its edit form is
 * explained beside the field with what was typed kept and nothing saved; on a platform of the test's own
 * (the demo's counts stay as other tests read them) a 10th corporation added through the form moves the
 * answer from 2,500 to 4,000千円, and correcting it into a 保健医療機関 moves it back; a 公益的な取組 is
 * recorded for the city 連絡会; 地域力強化 shows its two areas and refuses to end one of them.
 */
class NetworkBrowserTest extends IntegrationTest {

	@RegisterExtension
	static final Chromium.PerClass CHROMIUM = Chromium.perClass();

	private static final LocalDate TODAY = LocalDate.now();

	private WebDriver driver;
	private BrowserPages browser;

	@BeforeEach
	void openBrowser() {
		driver = CHROMIUM.driver();
		browser = new BrowserPages(driver, "http://localhost:" + port);
	}

	@Test
	void theDemoPlatformItsAnswerAndEditingParticipants() throws IOException {
		browser.signIn("chiiki");
		browser.submit(driver.findElement(By.linkText("法人間連携")));
		assertThat(browser.heading()).isEqualTo("法人間連携・連絡会・地域力強化");
		browser.submit(driver.findElement(By.linkText("東京都 かさね圏域 法人間連携プラットフォーム")));
		assertThat(browser.heading()).isEqualTo("東京都 かさね圏域 法人間連携プラットフォーム");
		assertThat(driver.findElement(By.id("subsidy-facts")).getText()).contains("7 法人", TODAY + " 時点で参画している法人");
		assertThat(driver.findElements(By.cssSelector("#participants tr"))).hasSize(8);
		assertThat(driver.findElement(By.id("subsidy-answer")).getText()).contains("国庫補助基準額",
				"基準額 2500千円 ＋ 加算 3200千円 ＝ 上限 5700千円（以内）");
		CHROMIUM.screenshot("network-demo-platform");

		// A 参画日 in the future: the message beside the field, what was typed kept, nothing saved.
		browser.submit(editLink("participants", "NPO法人こもれび"));
		WebElement form = driver.findElement(By.id("participant-edit-form"));
		browser.fill(form, "name", "NPO法人こもれび（入力中）");
		browser.setDate(form.findElement(By.name("joinedOn")), TODAY.plusDays(1));
		browser.submit(form.findElement(By.cssSelector("button[type=submit]")));
		form = driver.findElement(By.id("participant-edit-form"));
		assertThat(form.getText()).contains("参画日に未来の日付は入力できません");
		assertThat(form.findElement(By.name("name")).getDomProperty("value")).isEqualTo("NPO法人こもれび（入力中）");
		assertThat(form.findElement(By.name("joinedOn")).getDomProperty("value")).isEqualTo(TODAY.plusDays(1).toString());
		assertThat(driver.findElement(By.id("participants")).getText()).contains("NPO法人こもれび")
			.doesNotContain("入力中");
		assertThat(driver.findElement(By.id("subsidy-facts")).getText()).contains("7 法人");
		CHROMIUM.screenshot("network-participant-error");

		// A platform of the test's own, with 9 corporations: the 10th moves the answer to the ≥10 band.
		String id = platformOfNine();
		browser.open("/network/platforms/" + id);
		assertThat(driver.findElement(By.id("subsidy-answer")).getText()).contains("基準額 2500千円");
		driver.findElement(By.xpath("//summary[normalize-space()='参画法人・機関を加える']")).click();
		WebElement add = driver.findElement(By.cssSelector("form[action$='/network/platforms/" + id + "/participants']"));
		browser.fill(add, "name", "NPO法人ブラウザ十番目");
		browser.choose(add, "kind", "NPO法人");
		browser.tick(add, "小規模法人（１の施設又は事業所のみを運営）");
		browser.submit(add.findElement(By.cssSelector("button[type=submit]")));
		browser.expectFlash("「NPO法人ブラウザ十番目」が参画しました");
		assertThat(driver.findElement(By.id("subsidy-facts")).getText()).contains("10 法人");
		assertThat(driver.findElement(By.id("subsidy-answer")).getText()).contains("基準額 4000千円");

		// Corrected into a 保健医療機関: no longer a 参画法人, the answer goes back to 6–9.
		browser.submit(editLink("participants", "NPO法人ブラウザ十番目"));
		form = driver.findElement(By.id("participant-edit-form"));
		browser.fill(form, "name", "かさねブラウザ病院");
		browser.choose(form, "kind", "保健医療機関");
		browser.submit(form.findElement(By.cssSelector("button[type=submit]")));
		browser.expectFlash("「かさねブラウザ病院」を更新しました");
		assertThat(driver.findElement(By.id("participants")).getText()).contains("かさねブラウザ病院", "保健医療機関", "福祉サービス事業者以外")
			.doesNotContain("NPO法人ブラウザ十番目");
		assertThat(driver.findElement(By.id("subsidy-facts")).getText()).contains("9 法人");
		assertThat(driver.findElement(By.id("subsidy-answer")).getText()).contains("基準額 2500千円");

		// One leaves today: kept in the list with its leaving day, and counted no more.
		browser.submit(editLink("participants", "社会福祉法人ブラウザ1"));
		WebElement leave = driver.findElement(By.id("participant-leave-form"));
		assertThat(leave.findElement(By.name("leftOn")).getDomProperty("value")).isEqualTo(TODAY.toString());
		browser.submit(leave.findElement(By.cssSelector("button[type=submit]")));
		browser.expectFlash("脱退を記録しました");
		assertThat(driver.findElement(By.id("participants")).getText()).contains("社会福祉法人ブラウザ1", TODAY + " 脱退");
		assertThat(driver.findElement(By.id("subsidy-facts")).getText()).contains("8 法人");
		CHROMIUM.screenshot("network-platform-edited");
	}

	@Test
	void theCityCouncilRecordsAPublicInterestActivityAndTheTwoRegionalAreasStay() throws IOException {
		browser.signIn("chiiki");
		browser.open("/network");
		browser.submit(driver.findElement(By.linkText("かさね市社会福祉法人連絡会")));
		assertThat(browser.heading()).isEqualTo("かさね市社会福祉法人連絡会");
		assertThat(driver.findElement(By.id("members")).getText()).contains("社会福祉法人みどり会", "かさね市社会福祉協議会");
		driver.findElement(By.xpath("//summary[normalize-space()='取組・協定・福祉教育を記録する']")).click();
		WebElement form = driver.findElement(By.cssSelector("form[action$='/activities']"));
		String title = "ブラウザの配食ボランティア " + uniqueKana();
		browser.choose(form, "kind", "地域における公益的な取組");
		browser.fill(form, "title", title);
		browser.choose(form, "member", "社会福祉法人みどり会");
		browser.submit(form.findElement(By.cssSelector("button[type=submit]")));
		browser.expectFlash("「" + title + "」を記録しました");
		assertThat(browser.mainText()).contains(title);
		CHROMIUM.screenshot("network-council");

		browser.open("/network");
		browser.submit(driver.findElement(By.linkText("地域力強化推進事業の地域、相談支援包括化推進員、推進会議、成果目標")));
		assertThat(browser.heading()).isEqualTo("地域力強化・相談支援包括化");
		String current = FiscalYear.of(TODAY).label();
		WebElement year = driver.findElement(By.xpath("//div[contains(@class,'card')][h3[normalize-space()='" + current + "']]"));
		assertThat(year.getText()).contains("地域を定めて実施（2 地域）", "北小学校区", "南小学校区");
		// Ending one of the two would leave one: refused with the reason, both still running.
		browser.submit(year.findElement(By.xpath(".//tr[td[1][normalize-space()='北小学校区']]//a")));
		WebElement end = driver.findElement(By.id("area-end-form"));
		browser.submit(end.findElement(By.cssSelector("button[type=submit]")));
		assertThat(driver.findElement(By.id("area-end-form")).getText()).contains("2地域以上");
		year = driver.findElement(By.xpath("//div[contains(@class,'card')][h3[normalize-space()='" + current + "']]"));
		assertThat(year.getText()).contains("地域を定めて実施（2 地域）");
		assertThat(year.findElements(By.xpath(".//tbody/tr[td[4][starts-with(normalize-space(), '実施中')]]"))).hasSize(2);
		CHROMIUM.screenshot("network-regional");
	}

	private WebElement editLink(String table, String name) {
		return driver.findElement(By.xpath("//tbody[@id='" + table + "']/tr[td[1][normalize-space()='" + name + "']]//a"));
	}

	private String platformOfNine() {
		Api api = api("chiiki");
		FiscalYear year = FiscalYear.of(TODAY);
		Response created = api.post("/api/v1/network/platforms", Map.of("name", "ブラウザのプラットフォーム " + uniqueKana(),
				"implementingBody", "東京都", "bodyKind", "PREFECTURE", "area", "かさね圏域", "startedOn", year.start().toString()));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().path("id").asString();
		for (int i = 1; i <= 9; i++) {
			Response p = api.post("/api/v1/network/platforms/" + id + "/participants", Map.of("name", "社会福祉法人ブラウザ" + i,
					"kind", "SOCIAL_WELFARE_CORPORATION", "small", i % 3 == 0, "joinedOn", year.start().toString()));
			assertThat(p.status()).as(p.body()).isEqualTo(200);
		}
		return id;
	}
}
