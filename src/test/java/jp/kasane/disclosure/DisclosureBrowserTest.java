package jp.kasane.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import jp.kasane.casework.CaseworkTestSupport;
import jp.kasane.support.Api;
import jp.kasane.support.BrowserPages;
import jp.kasane.support.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * In a real, headless Chromium: a municipal officer opens a person, presses 開示請求の写しを出力, is told
 * beside the field that the 受付番号 is wrong, corrects it and exports; the export is audited. Skipped,
 * with the reason, without Chromium.
 */
class DisclosureBrowserTest extends CaseworkTestSupport {

	@RegisterExtension
	static final Chromium.PerClass CHROMIUM = Chromium.perClass();

	@Test
	void anOfficerExportsFromThePersonPage() throws IOException {
		Api hokatsu = api("hokatsu");
		String person = register(hokatsu, "画面", "開示", "1975-05-05");
		consent(hokatsu, person, List.of(agencyOf("hokatsu"), agencyOf("kyodo")));
		BrowserPages pages = new BrowserPages(CHROMIUM.driver(), "http://localhost:" + port);
		pages.signIn("shiyakusho");
		pages.open("/people/" + person);

		pages.submit(pages.driver().findElement(By.id("disclosure-export")));
		assertThat(pages.heading()).contains("画面").contains("記録の写し（開示請求）");
		WebElement form = pages.driver().findElement(By.id("disclosure-form"));
		pages.fill(form, "reference", "R8 開示 1");
		pages.submit(form.findElement(By.cssSelector("button[type=submit]")));
		assertThat(pages.driver().findElement(By.id("reference-error")).getText())
			.contains("受付番号には文字・数字・ハイフン");
		CHROMIUM.screenshot("disclosure-form-error");

		form = pages.driver().findElement(By.id("disclosure-form"));
		assertThat(form.findElement(By.name("reference")).getDomProperty("value")).as("what was typed is kept").isEqualTo("R8 開示 1");
		pages.fill(form, "reference", "R8-開示-1");
		form.findElement(By.cssSelector("input[name=format][value=json]")).click();
		form.findElement(By.cssSelector("button[type=submit]")).click();
		pages.waitFor(browser -> owner.sql("SELECT count(*) FROM audit_entry WHERE person_id = ?::uuid AND action = 'EXPORT' AND basis = ?")
			.params(person, DisclosureManagement.DISCLOSURE_BASIS + "R8-開示-1").query(Integer.class).single() == 1, "the audited export");
	}
}
