package jp.kasane.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jp.kasane.demo.DemoTownLoader;
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
 * What the browser tests do with the pages, as a user would: sign in, open a page, fill and submit a
 * form, read the heading and the message. Every step waits for the page it leads to, and a wait that
 * runs out says what it waited for and what the page showed.
 */
public final class BrowserPages {

	/** How long a wait may take before the test fails (the machine may be busy with other builds). */
	public static final Duration PATIENCE = Duration.ofSeconds(20);
	/** How often a wait looks again (WebDriverWait's default of 500 ms would double a journey's time). */
	public static final Duration POLL = Duration.ofMillis(50);

	private final WebDriver driver;
	private final String base;

	/** The pages of the application at {@code base} (e.g. {@code http://localhost:8080}) in this browser. */
	public BrowserPages(WebDriver driver, String base) {
		this.driver = driver;
		this.base = base;
	}

	public WebDriver driver() {
		return driver;
	}

	/**
	 * Signs in as the demo user. Whoever is signed in is signed out first with the ログアウト button, as a
	 * user sharing a computer would, so a test can change users midway; the page must then say so.
	 */
	public void signIn(String username) {
		driver.get(base + "/login");
		waitFor(ExpectedConditions.presenceOfElementLocated(By.name("username")), "the sign-in form");
		List<WebElement> logout = driver.findElements(By.xpath("//header//button[normalize-space()='ログアウト']"));
		if (!logout.isEmpty()) {
			logout.get(0).click();
			waitFor(ExpectedConditions.urlContains("/login?logout"), "the sign-out");
			assertThat(mainText()).contains("ログアウトしました");
		}
		submitLogin(username, DemoTownLoader.DEMO_PASSWORD);
		waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "ホーム"), "the home page of " + username);
	}

	/**
	 * Types the user and password into the sign-in form shown and presses ログイン, without waiting for
	 * the answer: a test of a failed sign-in waits for the error itself.
	 */
	public void submitLogin(String username, String password) {
		WebElement user = waitFor(ExpectedConditions.elementToBeClickable(By.name("username")), "the sign-in form");
		user.clear();
		user.sendKeys(username);
		WebElement secret = driver.findElement(By.name("password"));
		secret.clear();
		secret.sendKeys(password);
		driver.findElement(By.cssSelector("section.login form button[type=submit]")).click();
	}

	/** Goes to the path and waits for its heading, so what follows reads the rendered page. */
	public void open(String path) {
		driver.get(base + path);
		waitFor(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")), "the page " + path);
	}

	/**
	 * Clicks a button or link and waits until the browser shows the next page and its heading. The old
	 * page carries a script value (a window mark) that the new one lacks: watching the old page's element
	 * go stale instead is racy in ChromeDriver, which may answer "Node with given id does not belong to
	 * the document" while the page is replaced, and a fixed sleep is either slow or flaky.
	 */
	public void submit(WebElement button) {
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

	/** Replaces what the form's field of that name holds (a re-shown form keeps what was typed). */
	public void fill(WebElement form, String name, String text) {
		WebElement field = form.findElement(By.name(name));
		field.clear();
		field.sendKeys(text);
	}

	/** Chooses the option that shows the text (or, failing an exact match, contains it, e.g. a dated decision). */
	public void choose(WebElement form, String name, String visibleText) {
		Select select = new Select(form.findElement(By.name(name)));
		boolean exact = select.getOptions().stream().anyMatch(o -> o.getText().strip().equals(visibleText));
		if (exact) {
			select.selectByVisibleText(visibleText);
		}
		else {
			select.selectByContainsVisibleText(visibleText);
		}
	}

	/** Ticks the checkbox whose label reads the text, unless it is ticked already (a click would untick it). */
	public void tick(WebElement form, String label) {
		WebElement box = form.findElement(By.xpath(".//label[normalize-space()='" + label + "']//input[@type='checkbox']"));
		if (!box.isSelected()) {
			box.click();
		}
		assertThat(box.isSelected()).as("「%s」 ticked", label).isTrue();
	}

	/**
	 * Sets a date field as the browser's date picker would: typing into it depends on the browser's
	 * locale. Checks the field took the date.
	 */
	public void setDate(WebElement field, LocalDate date) {
		((JavascriptExecutor) driver).executeScript(
				"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
				field, date.toString());
		assertThat(field.getDomProperty("value")).isEqualTo(date.toString());
	}

	/** Waits for the page's message (the flash after a redirect) to contain the text. */
	public void expectFlash(String text) {
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main p.flash"), text),
				"the message 「" + text + "」");
	}

	public String heading() {
		return driver.findElement(By.tagName("h1")).getText();
	}

	public String mainText() {
		return driver.findElement(By.tagName("main")).getText();
	}

	/**
	 * Waits up to {@link #PATIENCE} for the condition; on timeout fails saying what was awaited, where,
	 * and what the page showed, which a bare TimeoutException does not.
	 */
	public <T> T waitFor(Function<? super WebDriver, T> condition, String what) {
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
