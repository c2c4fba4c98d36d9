package jp.kasane;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jp.kasane.support.BrowserPages;
import jp.kasane.support.Chromium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

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

	/**
	 * Skips each journey, with the reason, when Chromium is not installed (before each test: an assumption
	 * failing in {@code @BeforeAll} would make Surefire report 0 tests run, which reads like a silent pass);
	 * a failed journey leaves a screenshot of what the browser showed, target/screenshots/failed-<test>.png.
	 */
	@RegisterExtension
	static final Chromium.PerClass CHROMIUM = Chromium.perClass();

	private String base;
	private WebDriver driver;
	private BrowserPages browser;

	@BeforeEach
	void openBrowser() {
		base = "http://localhost:" + port;
		driver = CHROMIUM.driver();
		browser = new BrowserPages(driver, base);
	}

	@Test
	void a_loginPageIsJapaneseAndSignsInACaseworker() {
		driver.manage().deleteAllCookies();
		driver.get(base + "/");
		browser.waitFor(ExpectedConditions.urlMatches("/login(\\?.*)?$"), "the redirect from / to /login");
		assertThat(driver.getTitle()).contains("ログイン");
		assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ja");

		browser.submitLogin("hokatsu", "not-the-password");
		browser.waitFor(ExpectedConditions.urlContains("/login?error"), "the failed sign-in");
		assertThat(browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.error[role=alert]")),
				"the sign-in error").getText()).contains("ログインIDまたはパスワードが違う");

		browser.submitLogin("hokatsu", PASSWORD);
		browser.waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "ホーム"), "the home page");
		assertThat(driver.getTitle()).contains("ホーム");
		List<String> menu = driver.findElements(By.cssSelector("header nav a")).stream().map(WebElement::getText).toList();
		assertThat(menu).contains("ホーム", "人・世帯").doesNotContain("機関", "職員アカウント");
		assertThat(driver.findElements(By.cssSelector("a[href$='/admin/agencies']"))).isEmpty();
	}

	@Test
	void b_registersAPersonWithAWarekiBirthDateAndFindsThemInHiragana() {
		browser.signIn("hokatsu");
		String kana = uniqueKana();
		String safeContact = "携帯電話のみ。留守番電話に用件を残さない";
		String personUrl = register("重ね", kana, "カサネ", kana, "昭和45年3月2日", safeContact);

		assertThat(driver.getCurrentUrl()).isEqualTo(personUrl);
		String page = bodyText();
		assertThat(page).contains("重ね　" + kana, "カサネ　" + kana, "1970年3月2日", "昭和45年3月2日", safeContact,
				"さんを登録しました");

		driver.get(base + "/people?q=" + URLEncoder.encode(hiragana(kana), StandardCharsets.UTF_8));
		WebElement link = browser.waitFor(ExpectedConditions.elementToBeClickable(By.linkText("重ね　" + kana)),
				"the person in the search result for " + hiragana(kana));
		assertThat(driver.findElements(By.cssSelector("table tbody tr"))).hasSize(1);
		link.click();
		browser.waitFor(ExpectedConditions.urlToBe(personUrl), "the person page from the search result");
	}

	@Test
	void c_anImpossibleWarekiDateIsExplainedBesideTheFieldAndNothingIsSaved() {
		browser.signIn("hokatsu");
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
		browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table tbody"), "該当する人はいません"),
				"an empty search result");
		assertThat(driver.findElements(By.linkText("重ね　" + kana))).isEmpty();
	}

	@Test
	void d_anAdministratorManagesAgenciesButCannotReadResidents() {
		browser.signIn("admin");
		assertThat(driver.findElements(By.cssSelector("header nav a")).stream().map(WebElement::getText).toList())
			.contains("機関", "職員アカウント")
			.doesNotContain("人・世帯");

		driver.get(base + "/admin/agencies");
		browser.waitFor(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("table tbody tr"), 10),
				"more than 10 agencies");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("支援関係機関");

		driver.get(base + "/people");
		browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "権限がありません"),
				"the Japanese 403 page");
		assertThat(driver.findElements(By.cssSelector("table"))).isEmpty();
	}

	@Test
	void e_screenshotOfThePersonPage() throws IOException {
		browser.signIn("hokatsu");
		String kana = uniqueKana();
		register("重ね", kana, "カサネ", kana, "S45.3.2", "夜間は連絡しない");
		browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "昭和45年3月2日"),
				"the person page");

		Path file = CHROMIUM.screenshot("person");
		assertThat(file).isNotEmptyFile();
		assertThat(Files.readAllBytes(file)).startsWith(0x89, 'P', 'N', 'G');
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
		browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), family + "　" + given),
				"the name on the person page");
		return driver.getCurrentUrl();
	}

	private void fillPersonForm(String family, String given, String familyKana, String givenKana, String birthDate,
			String safeContact) {
		driver.get(base + "/people/new");
		browser.waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "人を登録する"), "the registration form");
		type("familyName", family);
		type("givenName", given);
		type("familyKana", familyKana);
		type("givenKana", givenKana);
		type("birthDate", birthDate);
		type("safeContactNote", safeContact);
	}

	/** Presses 保存 and waits until the browser shows the server's answer (a new page). */
	private void submitPersonForm() {
		WebElement form = driver.findElement(By.cssSelector("form[data-guard]"));
		browser.submit(form.findElement(By.cssSelector("button[type=submit]")));
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

	/** カタカナ → ひらがな, as a user might type a search. */
	private static String hiragana(String katakana) {
		StringBuilder out = new StringBuilder();
		katakana.codePoints().forEach(c -> out.appendCodePoint(c >= 0x30A1 && c <= 0x30F6 ? c - 0x60 : c));
		return out.toString();
	}
}
