package jp.kasane.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import jp.kasane.IntegrationTest;
import jp.kasane.support.BrowserPages;
import jp.kasane.support.Chromium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The directory in real Chromium: the 地域づくり agency finds "a place open on Saturday afternoon for a
 * child in 北小学校区" from the search form, registers a place (a wrong schedule is explained beside the
 * field), and a caseworker opening the DV shelter sees the notice instead of its address.
 */
class DirectoryBrowserTest extends IntegrationTest {

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
	void searchRegisterAndTheShelterNotice() throws IOException {
		browser.signIn("chiiki");
		browser.submit(driver.findElement(By.linkText("社会資源")));
		assertThat(browser.heading()).isEqualTo("社会資源・居場所を探す");
		WebElement search = driver.findElement(By.cssSelector("form[role=search]"));
		new Select(search.findElement(By.name("target"))).selectByVisibleText("子ども・子育て");
		new Select(search.findElement(By.name("area"))).selectByVisibleText("北小学校区（小学校区）");
		search.findElement(By.name("day")).sendKeys("土");
		search.findElement(By.name("time")).sendKeys("午後");
		browser.submit(search.findElement(By.cssSelector("button[type=submit]")));
		String results = driver.findElement(By.cssSelector("main table tbody")).getText();
		assertThat(results).contains("北町こども食堂 ひまわり", "毎週土曜 11:30〜14:00", "土曜の居場所 きたっこひろば")
			.doesNotContain("みなみ地域食堂", "パパと遊ぼう 土曜ひろば");
		CHROMIUM.screenshot("directory-search");

		browser.submit(driver.findElement(By.linkText("新しく登録する")));
		assertThat(browser.heading()).isEqualTo("社会資源・居場所を登録する");
		String name = "ブラウザの居場所 " + uniqueKana();
		WebElement form = driver.findElement(By.cssSelector("form[action$='/directory']"));
		form.findElement(By.name("name")).sendKeys(name);
		new Select(form.findElement(By.name("kind"))).selectByVisibleText("コミュニティカフェ");
		form.findElement(By.name("operatorName")).sendKeys("ブラウザ町会");
		form.findElement(By.xpath(".//label[normalize-space()='多世代']//input")).click();
		form.findElement(By.xpath(".//label[normalize-space()='西小学校区']//input")).click();
		form.findElement(By.name("schedules")).sendKeys("毎月第5木曜 19:00-18:00");
		browser.submit(form.findElement(By.cssSelector("button[type=submit]")));
		assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("終了時刻は開始時刻より後にしてください");
		form = driver.findElement(By.cssSelector("form[action$='/directory']"));
		WebElement schedules = form.findElement(By.name("schedules"));
		schedules.clear();
		schedules.sendKeys("毎月第5木曜 17:00-19:00");
		browser.submit(form.findElement(By.cssSelector("button[type=submit]")));
		browser.expectFlash("を登録しました");
		assertThat(browser.heading()).isEqualTo(name);
		assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("毎月第5木曜 17:00〜19:00", "多世代", "西小学校区");

		browser.signIn("hokatsu");
		browser.open("/directory?q=" + DirectoryTest.enc("あおい"));
		browser.submit(driver.findElement(By.linkText(DirectoryTest.SHELTER)));
		String shelter = driver.findElement(By.cssSelector("main")).getText();
		assertThat(shelter).contains("所在地は非公開です（問い合わせ先へ）", "所在地非公開").doesNotContain(DirectoryTest.SHELTER_ADDRESS);
		assertThat(driver.getPageSource()).doesNotContain(DirectoryTest.SHELTER_ADDRESS);
		CHROMIUM.screenshot("directory-shelter");
	}
}
