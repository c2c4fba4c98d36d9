package jp.kasane.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import jp.kasane.IntegrationTest;
import jp.kasane.support.BrowserPages;
import jp.kasane.support.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The rules' answers where they matter, in a real, headless Chromium: municipal staff go from the planner to the
 * settings page, enter the population and see the 基準額 with its band and source, then open a 地域子育て支援拠点's
 * page and see its standard. Skipped, with the reason, without Chromium.
 */
class ProgramAnswersBrowserTest extends IntegrationTest {

	@RegisterExtension
	static final Chromium.PerClass CHROMIUM = Chromium.perClass();

	private WebDriver driver;
	private BrowserPages browser;

	@BeforeEach
	void openBrowser() {
		driver = CHROMIUM.driver();
		browser = new BrowserPages(driver, "http://localhost:" + port);
	}

	@AfterEach
	void restoreTheDemoTownsFacts() {
		int version = api("shiyakusho").get("/api/v1/tenant/program-facts").json().path("facts").path("version").asInt();
		api("shiyakusho").put("/api/v1/tenant/program-facts",
				java.util.Map.of("population", 86_000, "childPopulation", 12_000, "supportPlans", 90, "version", version));
	}

	@Test
	void thePopulationGivesTheBaseAndAHubShowsItsStandard() throws IOException {
		browser.signIn("shiyakusho");
		browser.open("/rules");
		browser.submit(driver.findElement(By.partialLinkText("この市町村の基礎数値")));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("実施主体の設定");

		WebElement form = driver.findElement(By.id("program-facts-form"));
		browser.fill(form, "population", "150000");
		browser.fill(form, "childPopulation", "30000");
		browser.submit(form.findElement(By.cssSelector("button[type=submit]")));
		assertThat(driver.findElement(By.id("base-yen")).getText()).isEqualTo("42,000,000円");
		assertThat(driver.findElement(By.id("new-function-answer")).getText()).contains("100,000人以上～200,000人未満", "令和3年度",
				"令和３年１月１日時点");
		assertThat(driver.findElement(By.id("cost-share-answer")).getText()).contains("31,500,000", "10,500,000");
		assertThat(driver.findElement(By.id("child-center-type")).getText()).isEqualTo("中規模型");
		CHROMIUM.screenshot("program-facts");

		form = driver.findElement(By.id("program-facts-form"));
		browser.fill(form, "population", "-5");
		browser.submit(form.findElement(By.cssSelector("button[type=submit]")));
		assertThat(driver.findElement(By.cssSelector("#program-facts-form .field-error")).getText())
			.isEqualTo("人口は1人以上で入力してください");

		browser.open("/community/hubs");
		browser.submit(driver.findElement(By.linkText("子育てひろば ぽかぽか（一般型）")));
		WebElement standard = driver.findElement(By.id("hub-standard"));
		assertThat(standard.getText()).contains("地域子育て支援拠点の開設日数・時間と職員の基準", "一般型の基準を満たしています", "週5日",
				"令和6年度版");
		CHROMIUM.screenshot("hub-standard");
	}
}
