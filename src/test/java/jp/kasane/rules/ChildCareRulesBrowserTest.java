package jp.kasane.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;

import jp.kasane.IntegrationTest;
import jp.kasane.support.Chromium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
 * The child-care rules page in real Chromium: a planner enters a child population and sees the type, the staffing
 * table, the reasons and the source; a word where a number belongs is explained beside its field.
 */
class ChildCareRulesBrowserTest extends IntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	@RegisterExtension
	static final Chromium.PerClass CHROMIUM = Chromium.perClass();

	private WebDriver driver;

	private String base;

	@BeforeEach
	void browser() throws IOException {
		driver = CHROMIUM.driver();
		base = "http://localhost:" + port;
	}

	@Test
	void aPlannerAsksForTheCentreTypeAndAHubStandard() throws IOException {
		signIn("shiyakusho");
		driver.get(base + "/rules/child-care");
		waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "制度ルール（こども家庭センター・拠点など）"), "the rules page");
		WebElement staffing = driver.findElement(By.id("child-center-staffing"));
		staffing.findElement(By.name("childPopulation")).sendKeys("27000");
		submit(staffing.findElement(By.cssSelector("button[type=submit]")));
		String answer = driver.findElement(By.cssSelector("#child-center-staffing .answer")).getText();
		assertThat(answer).contains("中規模型", "子ども家庭支援員", "常時3名", "心理担当支援員", "常時1名", "虐待対応専門員", "常時2名", "常時6名",
				"理由", "出典", "【別表】1");
		CHROMIUM.screenshot("rules-child-care");

		WebElement hub = driver.findElement(By.id("child-rearing-hub"));
		new Select(hub.findElement(By.name("hubType"))).selectByVisibleText("一般型");
		hub.findElement(By.name("daysPerWeek")).sendKeys("週3日");
		hub.findElement(By.name("hoursPerDay")).sendKeys("5");
		hub.findElement(By.name("staff")).sendKeys("2");
		hub.findElement(By.name("lecturesPerMonth")).sendKeys("1");
		submit(hub.findElement(By.cssSelector("button[type=submit]")));
		hub = driver.findElement(By.id("child-rearing-hub"));
		assertThat(hub.findElement(By.cssSelector(".field-error")).getText()).isEqualTo("整数で入力してください");
		WebElement days = hub.findElement(By.name("daysPerWeek"));
		days.clear();
		days.sendKeys("3");
		submit(hub.findElement(By.cssSelector("button[type=submit]")));
		assertThat(driver.findElement(By.cssSelector("#child-rearing-hub .answer")).getText())
			.contains("一般型：基準を満たしています", "週3日以上", "別記2の4");
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

	private <T> T waitFor(Function<? super WebDriver, T> condition, String what) {
		try {
			return new WebDriverWait(driver, PATIENCE, Duration.ofMillis(50)).until(condition);
		}
		catch (TimeoutException ex) {
			throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for " + what + " in vain; the page shows: "
					+ driver.findElement(By.tagName("body")).getText(), ex);
		}
	}
}
