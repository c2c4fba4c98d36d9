package jp.kasane.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javax.sql.DataSource;

import jp.kasane.IntegrationTest;
import jp.kasane.support.Api;
import jp.kasane.support.PageSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;

/**
 * Who may have the 実績報告 (municipal staff and coordinators; everyone else 403), who may have it without
 * suppression (municipal staff only), what bad input answers (400 naming the field, a Japanese message on the
 * page), and that every export is audited without a person.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingAccessTest extends IntegrationTest {

	static final String BASE = "/api/v1/reports/fiscal-year/";

	@Autowired
	@FlywayDataSource
	DataSource ownerDataSource;

	@BeforeAll
	void fixedTown() {
		FixedTown.ensure(ownerDataSource);
	}

	@Test
	void municipalStaffGetTheInternalReportByDefault() {
		Api.Response r = api("shiyakusho").get(BASE + "2025");
		assertThat(r.status()).isEqualTo(200);
		assertThat(r.json().path("purpose").asString()).isEqualTo("INTERNAL");
		assertThat(r.json().path("label").asString()).isEqualTo("令和7年度（2025年度）");
		assertThat(api("shiyakusho").get(BASE + "2025?purpose=EXTERNAL").json().path("purpose").asString()).isEqualTo("EXTERNAL");
	}

	@Test
	void coordinatorsGetTheExternalReportAndMayNotAskForTheInternalOne() {
		Api kyodo = api("kyodo");
		Api.Response r = kyodo.get(BASE + "2025");
		assertThat(r.status()).isEqualTo(200);
		assertThat(r.json().path("purpose").asString()).isEqualTo("EXTERNAL");
		for (String path : List.of(BASE + "2025?purpose=INTERNAL", BASE + "2025.csv?purpose=INTERNAL",
				BASE + "2025.xlsx?purpose=庁内用", BASE + "2025.pdf?purpose=internal")) {
			Api.Response refused = kyodo.get(path);
			assertThat(refused.status()).as(path).isEqualTo(403);
			assertThat(refused.code()).isEqualTo("REPORT_INTERNAL_MUNICIPAL_ONLY");
		}
		assertThat(kyodo.getBytes(BASE + "2025.csv").status()).isEqualTo(200);
		// the fixed town's coordinator: its suppressed report, never the raw counts
		Api.Response fixed = api(FixedTown.COORDINATOR).get(BASE + "2024");
		assertThat(FiscalYearReportGoldenTest.table(fixed.json(), "包括的相談支援", "分野別（受け付けた機関の分野）").toString())
			.contains("＊").doesNotContain("\"count\":2,").doesNotContain("\"count\":1,");
	}

	@Test
	void caseworkersAdministratorsAndAuditorsGet403() {
		for (String user : List.of("hokatsu", "kodomo", "outreach", "admin", "kansa")) {
			for (String path : List.of(BASE + "2025", BASE + "2025.csv", BASE + "2025.csv?encoding=shift_jis", BASE + "2025.xlsx",
					BASE + "2025.pdf")) {
				Api.Binary r = api(user).getBytes(path);
				assertThat(r.status()).as(user + " " + path).isEqualTo(403);
				assertThat(r.contentType()).startsWith("application/problem+json");
			}
			assertThat(pages(user).get("/reports").status()).as(user).isEqualTo(403);
			assertThat(pages(user).get("/reports/fiscal-year/2025.csv").status()).as(user).isEqualTo(403);
		}
	}

	@Test
	void withoutSigningInTheApiAnswers401() {
		Api nobody = new Api(port, "nobody-here", "wrong-password-123");
		assertThat(nobody.get(BASE + "2025").status()).isEqualTo(401);
	}

	@Test
	void badInputIs400NamingTheField() {
		Api a = api("shiyakusho");
		for (String year : List.of("abc", "1800", "1999", "2999", "20255", "%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%95")) {
			for (String suffix : List.of("", ".csv", ".xlsx", ".pdf")) {
				Api.Response r = a.get(BASE + year + suffix);
				assertThat(r.status()).as(year + suffix).isEqualTo(400);
				assertThat(r.contentType()).startsWith("application/problem+json");
				assertThat(r.json().path("errors").path(0).path("field").asString()).isEqualTo("year");
				assertThat(r.json().path("errors").path(0).path("message").asString()).contains("年度は2000から");
			}
		}
		Api.Response encoding = a.get(BASE + "2025.csv?encoding=latin1");
		assertThat(encoding.status()).isEqualTo(400);
		assertThat(encoding.json().path("errors").path(0).path("field").asString()).isEqualTo("encoding");
		Api.Response purpose = a.get(BASE + "2025?purpose=everyone");
		assertThat(purpose.status()).isEqualTo(400);
		assertThat(purpose.json().path("errors").path(0).path("field").asString()).isEqualTo("purpose");
	}

	@Test
	void thePageOffersTheCurrentYearAndShowsBadInputInJapanese() {
		PageSession s = pages("shiyakusho");
		PageSession.Page page = s.get("/reports");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("実績報告・統計").contains("包括的相談支援").contains("多機関協働")
			.contains("アウトリーチ等を通じた継続的支援").contains("参加支援").contains("地域づくり").contains("狭間")
			.contains("/reports/fiscal-year/").contains("encoding=shift_jis").contains("庁内用（秘匿なし）");
		jp.kasane.shared.FiscalYear current = jp.kasane.shared.FiscalYear.of(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")));
		assertThat(page.body()).as("the current 年度 by the clock is chosen")
			.contains("<option value=\"" + current.year() + "\" selected=\"selected\">" + current.label() + "</option>");
		PageSession.Page bad = s.get("/reports?year=abc");
		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.body()).contains("id=\"year-error\"").contains("年度は2000から").doesNotContain("id=\"report\"");
		PageSession.Page future = s.get("/reports?year=2999");
		assertThat(future.body()).contains("年度は2000から");
		PageSession kyodo = pages("kyodo");
		PageSession.Page coordinator = kyodo.get("/reports?year=2025");
		assertThat(coordinator.status()).isEqualTo(200);
		assertThat(coordinator.body()).contains("外部提出用").doesNotContain("庁内用（秘匿なし）");
		assertThat(kyodo.get("/reports?year=2025&purpose=INTERNAL").body()).contains("市町村の担当課だけが出力できます");
		assertThat(kyodo.get("/reports/fiscal-year/2025.pdf").status()).isEqualTo(200);
	}

	@Test
	void everyExportIsAuditedWithoutAPerson() {
		Api a = api(FixedTown.STAFF);
		long before = exports();
		assertThat(a.getBytes(BASE + "2024.csv?encoding=utf-8").status()).isEqualTo(200);
		assertThat(a.getBytes(BASE + "2024.csv?encoding=shift_jis&purpose=EXTERNAL").status()).isEqualTo(200);
		assertThat(a.getBytes(BASE + "2024.xlsx").status()).isEqualTo(200);
		assertThat(a.getBytes(BASE + "2024.pdf").status()).isEqualTo(200);
		assertThat(a.get(BASE + "2024").status()).isEqualTo(200);
		assertThat(exports() - before).isEqualTo(5);
		List<String> last = owner.sql("""
				SELECT action || ' ' || record_id || ' ' || basis || ' ' || coalesce(person_id::text, '-') FROM audit_entry
				 WHERE tenant_id = ? AND record_type = 'report:fiscal-year' ORDER BY seq DESC LIMIT 5""")
			.param(FixedTown.TENANT)
			.query(String.class)
			.list();
		assertThat(last).containsExactly("EXPORT 2024:json STATISTICS_INTERNAL -", "EXPORT 2024:pdf STATISTICS_INTERNAL -",
				"EXPORT 2024:xlsx STATISTICS_INTERNAL -", "EXPORT 2024:csv-shift_jis STATISTICS_EXTERNAL -",
				"EXPORT 2024:csv-utf-8 STATISTICS_INTERNAL -");
		// a refused or invalid request writes nothing
		assertThat(a.get(BASE + "abc.csv").status()).isEqualTo(400);
		assertThat(exports() - before).isEqualTo(5);
	}

	private long exports() {
		return owner.sql("SELECT count(*) FROM audit_entry WHERE tenant_id = ? AND record_type = 'report:fiscal-year'")
			.param(FixedTown.TENANT)
			.query(Long.class)
			.single();
	}
}
