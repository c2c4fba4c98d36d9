package jp.kasane.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.kasane.casework.CaseworkTestSupport;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The 地域課題 register in a real, headless Chromium: the 地域づくり agency takes a conference's role C
 * decision in with 取り込む and moves it on; the municipality then sees the conference and the case
 * that raised it and follows the case link. Skipped, with the reason, without Chromium.
 */
class CommunityRegisterBrowserTest extends CaseworkTestSupport {

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
	void aConferenceShortageIsTakenInAndShowsItsConferenceAndCase() throws IOException {
		Api hokatsu = api("hokatsu");
		Api kyodo = api("kyodo");
		String family = "居場所" + uniqueKana().substring(0, 2);
		String person = register(hokatsu, family, "次郎", "1975-03-03");
		consent(hokatsu, person, List.of(agencyOf("hokatsu"), agencyOf("kyodo")));
		String caseId = hokatsu.post("/api/v1/cases", Map.of("people", List.of(person))).json().path("id").asString();
		List<String> agencies = List.of(agencyOf("shiyakusho"), agencyOf("kyodo"));
		String title = "重層的支援会議（ブラウザ）" + uniqueKana();
		String shortage = "夜に相談できる場所が南部にない " + uniqueKana();
		String meeting = schedule(kyodo, "MULTI_LAYERED", title, agencies);
		String item = kyodo.post("/api/v1/meetings/" + meeting + "/agenda", agenda(person, caseId, "C")).json().path("agenda")
			.path(0).path("id").asString();
		kyodo.post("/api/v1/meetings/" + meeting + "/hold", Map.of("heldOn", LocalDate.now().toString(), "attendedAgencies",
				agencies));
		Response decided = kyodo.post("/api/v1/meetings/" + meeting + "/decisions", Map.of("agendaItem", item, "text", shortage));
		assertThat(decided.status()).as(decided.body()).isEqualTo(201);

		browser.signIn("chiiki");
		browser.open("/community");
		assertThat(driver.findElements(By.cssSelector("main .grid .card"))).as("one card per program").hasSize(5);
		CHROMIUM.screenshot("community-overview");
		browser.open("/community/issues");
		WebElement take = driver.findElement(By.xpath(
				"//tr[td[contains(normalize-space(), '" + shortage + "')]]//button[normalize-space()='取り込む']"));
		take.click();
		browser.expectFlash("会議の地域課題を取り込みました");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(shortage);
		String main = driver.findElement(By.tagName("main")).getText();
		assertThat(main).contains(title, LocalDate.now().toString(), "閲覧権限のない事例").doesNotContain(family);
		String issueUrl = driver.getCurrentUrl();

		new Select(driver.findElement(By.name("status"))).selectByVisibleText("検討中");
		driver.findElement(By.xpath("//button[normalize-space()='状態を変える']")).click();
		browser.expectFlash("地域課題を「検討中」にしました");

		browser.signIn("shiyakusho");
		browser.open("/community/issues?status=UNDER_REVIEW");
		WebElement row = driver.findElement(By.xpath("//tr[td/a[normalize-space()='" + shortage + "']]"));
		assertThat(row.findElement(By.linkText(title)).getAttribute("href")).endsWith("/meetings/" + meeting);
		WebElement caseLink = row.findElement(By.cssSelector("a[href$='/cases/" + caseId + "']"));
		CHROMIUM.screenshot("community-register");
		caseLink.click();
		browser.waitFor(ExpectedConditions.urlContains("/cases/" + caseId), "the case page");
		driver.get(issueUrl);
		browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")), "the issue page");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains(title, "検討中");
	}
}
