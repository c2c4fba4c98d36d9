package jp.kasane.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import jp.kasane.IntegrationTest;
import jp.kasane.support.Chromium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The planner page in a real, headless Chromium: from the menu, a what-if for a platform of 6 corporations with
 * エ, then a cost share, each answered with its reasons and source; a wrong entry is answered beside the field.
 * Skipped, with the reason, without Chromium.
 */
class RulesPlannerBrowserTest extends IntegrationTest {

	@RegisterExtension
	static final Chromium.PerClass CHROMIUM = Chromium.perClass();

	private WebDriver driver;

	@BeforeEach
	void browser() throws IOException {
		driver = CHROMIUM.driver();
	}

	@Test
	void aPlannerAsksWhatIfFromTheMenu() throws IOException {
		driver.manage().deleteAllCookies();
		driver.get("http://localhost:" + port + "/login");
		wait(ExpectedConditions.elementToBeClickable(By.name("username"))).sendKeys("shiyakusho");
		driver.findElement(By.name("password")).sendKeys(PASSWORD);
		driver.findElement(By.cssSelector("section.login form button[type=submit]")).click();
		wait(ExpectedConditions.textToBe(By.tagName("h1"), "ホーム"));

		driver.findElement(By.linkText("制度ルール")).click();
		wait(ExpectedConditions.textToBe(By.tagName("h1"), "制度ルール（計算）"));
		WebElement platform = driver.findElement(By.cssSelector("form[action*='/rules/platform-subsidy']"));
		platform.findElement(By.name("participants")).sendKeys("6");
		platform.findElement(By.name("backOfficeConsolidation")).click();
		platform.findElement(By.cssSelector("button[type=submit]")).click();
		WebElement answer = wait(ExpectedConditions.presenceOfElementLocated(By.id("platform-answer")));
		assertThat(answer.getText()).contains("対象です", "2,500千円以内", "3,200千円以内", "5,700千円以内", "理由", "出典",
				"小規模法人のネットワーク化による協働推進事業実施要綱 4(2)");
		assertThat(driver.findElement(By.name("participants")).getAttribute("value")).isEqualTo("6");
		CHROMIUM.screenshot("rules-planner");

		WebElement share = driver.findElement(By.cssSelector("form[action*='/rules/cost-share']"));
		new Select(share.findElement(By.name("program"))).selectByValue("CARE_PREVENTION_ACTIVITY");
		share.findElement(By.name("totalYen")).sendKeys("1,000,000");
		share.findElement(By.cssSelector("button[type=submit]")).click();
		WebElement shares = wait(ExpectedConditions.presenceOfElementLocated(By.id("cost-share-answer")));
		assertThat(shares.getText()).contains("第2号保険料", "270,000", "円未満切り捨て");

		WebElement population = driver.findElement(By.cssSelector("form[action*='/rules/new-function-base']"));
		population.findElement(By.name("population")).sendKeys("-1");
		population.findElement(By.cssSelector("button[type=submit]")).click();
		wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("form[action*='/rules/new-function-base'] .field-error"),
				"人口は1以上で入力してください"));
		assertThat(driver.findElements(By.id("new-function-answer"))).isEmpty();
	}

	private <T> T wait(java.util.function.Function<? super WebDriver, T> condition) {
		return new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(50)).until(condition);
	}
}
