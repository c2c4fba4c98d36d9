package jp.kasane;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import jp.kasane.support.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Journeys through the pages in a real, headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}), so that the HTML, the form login with its CSRF token, the redirects,
 * the Content-Security-Policy and the small page script all work together as a user sees them.
 *
 * <p>Nothing is downloaded: the driver and the browser are given explicitly, so Selenium Manager is
 * never run. Without them installed, the tests are skipped (never passed silently).
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class BrowserJourneyTest extends IntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	private static Chromium chromium;
	private static WebDriver driver;

	/** A failed journey leaves a screenshot of what the browser showed, target/screenshots/failed-<test>.png. */
	@RegisterExtension
	static final TestWatcher SCREENSHOT_ON_FAILURE = Chromium.screenshotOnFailure(() -> chromium);

	private String base;

	/**
	 * Skips each journey, with the reason, when Chromium is not installed. (An assumption failing in
	 * {@code @BeforeAll} would make Surefire report 0 tests run, which reads like a silent pass.)
	 */
	@BeforeEach
	void browser() throws IOException {
		Chromium.assumeInstalled("BrowserJourneyTest");
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
	void a_loginPageIsJapaneseAndSignsInACaseworker() {
		driver.manage().deleteAllCookies();
		driver.get(base + "/");
		waitFor(ExpectedConditions.urlMatches("/login(\\?.*)?$"), "the redirect from / to /login");
		assertThat(driver.getTitle()).contains("ログイン");
		assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ja");

		submitLogin("hokatsu", "not-the-password");
		waitFor(ExpectedConditions.urlContains("/login?error"), "the failed sign-in");
		assertThat(waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.error[role=alert]")),
				"the sign-in error").getText()).contains("ログインIDまたはパスワードが違う");

		submitLogin("hokatsu", PASSWORD);
		waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "ホーム"), "the home page");
		assertThat(driver.getTitle()).contains("ホーム");
		List<String> menu = driver.findElements(By.cssSelector("header nav a")).stream().map(WebElement::getText).toList();
		assertThat(menu).contains("ホーム", "人・世帯").doesNotContain("機関", "職員アカウント");
		assertThat(driver.findElements(By.cssSelector("a[href$='/admin/agencies']"))).isEmpty();
	}

	@Test
	void b_registersAPersonWithAWarekiBirthDateAndFindsThemInHiragana() {
		signIn("hokatsu");
		String kana = uniqueKana();
		String safeContact = "携帯電話のみ。留守番電話に用件を残さない";
		String personUrl = register("重ね", kana, "カサネ", kana, "昭和45年3月2日", safeContact);

		assertThat(driver.getCurrentUrl()).isEqualTo(personUrl);
		String page = bodyText();
		assertThat(page).contains("重ね　" + kana, "カサネ　" + kana, "1970年3月2日", "昭和45年3月2日", safeContact,
				"さんを登録しました");

		driver.get(base + "/people?q=" + URLEncoder.encode(hiragana(kana), StandardCharsets.UTF_8));
		WebElement link = waitFor(ExpectedConditions.elementToBeClickable(By.linkText("重ね　" + kana)),
				"the person in the search result for " + hiragana(kana));
		assertThat(driver.findElements(By.cssSelector("table tbody tr"))).hasSize(1);
		link.click();
		waitFor(ExpectedConditions.urlToBe(personUrl), "the person page from the search result");
	}

	@Test
	void c_anImpossibleWarekiDateIsExplainedBesideTheFieldAndNothingIsSaved() {
		signIn("hokatsu");
		String kana = uniqueKana();
		fillPersonForm("重ね", kana, "カサネ", kana, "平成31年5月1日", "");
		submitPersonForm();

		// The answer has been rendered (submitPersonForm waited for it), so the error must be there now.
		String error = driver.findElements(By.xpath(
				"//input[@id='birthDate']/ancestor::label/following-sibling::span[contains(@class,'field-error')][1]"))
			.stream().map(WebElement::getText).findFirst().orElse("");
		assertThat(error).as("the error beside 生年月日 on %s", driver.getCurrentUrl())
			.contains("平成31年5月1日", "存在しない");
		assertThat(driver.getCurrentUrl()).endsWith("/people");
		// What was typed is kept, so it can be corrected.
		assertThat(driver.findElement(By.id("birthDate")).getDomProperty("value")).isEqualTo("平成31年5月1日");
		assertThat(driver.findElement(By.id("givenKana")).getDomProperty("value")).isEqualTo(kana);

		driver.get(base + "/people?q=" + URLEncoder.encode(hiragana(kana), StandardCharsets.UTF_8));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table tbody"), "該当する人はいません"),
				"an empty search result");
		assertThat(driver.findElements(By.linkText("重ね　" + kana))).isEmpty();
	}

	@Test
	void d_anAdministratorManagesAgenciesButCannotReadResidents() {
		signIn("admin");
		assertThat(driver.findElements(By.cssSelector("header nav a")).stream().map(WebElement::getText).toList())
			.contains("機関", "職員アカウント")
			.doesNotContain("人・世帯");

		driver.get(base + "/admin/agencies");
		waitFor(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("table tbody tr"), 10),
				"more than 10 agencies");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("支援関係機関");

		driver.get(base + "/people");
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "権限がありません"),
				"the Japanese 403 page");
		assertThat(driver.findElements(By.cssSelector("table"))).isEmpty();
	}

	@Test
	void e_screenshotOfThePersonPage() throws IOException {
		signIn("hokatsu");
		String kana = uniqueKana();
		register("重ね", kana, "カサネ", kana, "S45.3.2", "夜間は連絡しない");
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "昭和45年3月2日"),
				"the person page");

		Path file = screenshot("person");
		assertThat(file).isNotEmptyFile();
		assertThat(Files.readAllBytes(file)).startsWith(0x89, 'P', 'N', 'G');
	}

	/** Saves what the browser shows as target/screenshots/{name}.png. */
	private static Path screenshot(String name) throws IOException {
		return chromium.screenshot(name);
	}

	/** Signs out whoever is signed in (with the ログアウト button), then signs in as the user. */
	private void signIn(String username) {
		driver.get(base + "/login");
		waitFor(ExpectedConditions.presenceOfElementLocated(By.name("username")), "the sign-in form");
		List<WebElement> logout = driver.findElements(By.xpath("//header//button[normalize-space()='ログアウト']"));
		if (!logout.isEmpty()) {
			logout.get(0).click();
			waitFor(ExpectedConditions.urlContains("/login?logout"), "the sign-out");
			assertThat(bodyText()).contains("ログアウトしました");
		}
		submitLogin(username, PASSWORD);
		waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "ホーム"), "the home page of " + username);
	}

	private void submitLogin(String username, String password) {
		WebElement user = waitFor(ExpectedConditions.elementToBeClickable(By.name("username")), "the sign-in form");
		user.clear();
		user.sendKeys(username);
		WebElement secret = driver.findElement(By.name("password"));
		secret.clear();
		secret.sendKeys(password);
		driver.findElement(By.cssSelector("section.login form button[type=submit]")).click();
	}

	/** Registers a person through the form and returns the URL of their page. */
	private String register(String family, String given, String familyKana, String givenKana, String birthDate,
			String safeContact) {
		fillPersonForm(family, given, familyKana, givenKana, birthDate, safeContact);
		submitPersonForm();
		if (!driver.getCurrentUrl().matches(".*/people/[0-9a-f-]{36}$")) {
			List<String> shown = driver.findElements(By.cssSelector("main .field-error, main .error, main .warning-box"))
				.stream().map(WebElement::getText).filter(t -> !t.isBlank()).toList();
			throw new AssertionError("Registering " + family + " " + given + " (" + birthDate + ") did not save: the form"
					+ " came back at " + driver.getCurrentUrl() + (shown.isEmpty()
							? " without any error message (a binding error on a field the form does not show?)"
							: " showing " + shown));
		}
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), family + "　" + given),
				"the name on the person page");
		return driver.getCurrentUrl();
	}

	private void fillPersonForm(String family, String given, String familyKana, String givenKana, String birthDate,
			String safeContact) {
		driver.get(base + "/people/new");
		waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "人を登録する"), "the registration form");
		type("familyName", family);
		type("givenName", given);
		type("familyKana", familyKana);
		type("givenKana", givenKana);
		type("birthDate", birthDate);
		type("safeContactNote", safeContact);
	}

	/**
	 * Presses 保存 and waits until the browser shows the server's answer (a new page). The old page is
	 * marked by a script value that the new one lacks: waiting for the form to go stale instead makes
	 * ChromeDriver fail now and then with "Node with given id does not belong to the document".
	 */
	private void submitPersonForm() {
		WebElement form = driver.findElement(By.cssSelector("form[data-guard]"));
		org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
		String mark = java.util.UUID.randomUUID().toString();
		js.executeScript("window.kasaneLeaving = arguments[0];", mark);
		form.findElement(By.cssSelector("button[type=submit]")).click();
		waitFor(browser -> {
			try {
				return !mark.equals(js.executeScript("return window.kasaneLeaving;"))
						&& "complete".equals(js.executeScript("return document.readyState;"));
			}
			catch (org.openqa.selenium.WebDriverException navigating) {
				return false;
			}
		}, "the answer to 保存");
		waitFor(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")), "the page after 保存");
	}

	private void type(String id, String text) {
		WebElement field = driver.findElement(By.id(id));
		field.clear();
		if (!text.isEmpty()) {
			field.sendKeys(text);
		}
	}

	private String bodyText() {
		return driver.findElement(By.tagName("body")).getText();
	}

	/** Waits for the condition; on timeout, says what was awaited and what the page showed. */
	private static <T> T waitFor(Function<? super WebDriver, T> condition, String what) {
		try {
			return new WebDriverWait(driver, PATIENCE).until(condition);
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

	/** カタカナ → ひらがな, as a user might type a search. */
	private static String hiragana(String katakana) {
		StringBuilder out = new StringBuilder();
		katakana.codePoints().forEach(c -> out.appendCodePoint(c >= 0x30A1 && c <= 0x30F6 ? c - 0x60 : c));
		return out.toString();
	}
}
