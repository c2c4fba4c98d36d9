package jp.kasane.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import javax.sql.DataSource;

import jp.kasane.IntegrationTest;
import jp.kasane.shared.FiscalYear;
import jp.kasane.support.Api;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import tools.jackson.databind.JsonNode;

/**
 * Golden files of the 実績報告 of the fixed town 𠮷野町 (令和6年度): CSV in both encodings byte for byte, XLSX cell by
 * cell, PDF by its extracted text; and the facts behind them — the 年度 boundary (3月31日 and 4月1日, dates and
 * Tokyo instants) and that a report counts only its own tenant's rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FiscalYearReportGoldenTest extends IntegrationTest {

	static final Charset MS932 = Charset.forName("windows-31j");

	@Autowired
	@FlywayDataSource
	DataSource ownerDataSource;

	Api staff;

	@BeforeAll
	void fixedTown() {
		FixedTown.ensure(ownerDataSource);
		staff = api(FixedTown.STAFF);
	}

	@Test
	void csvUtf8ExternalMatchesTheGoldenFileByteForByte() {
		Api.Binary csv = staff.getBytes("/api/v1/reports/fiscal-year/2024.csv?encoding=utf-8&purpose=EXTERNAL");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
		Golden.assertBytes("fy2024-external-utf8.csv", csv.body(), StandardCharsets.UTF_8);
	}

	@Test
	void csvShiftJisExternalIsWindows31jWithoutCrashingOnCharactersItLacks() {
		Api.Binary csv = staff.getBytes("/api/v1/reports/fiscal-year/2024.csv?encoding=shift_jis&purpose=EXTERNAL");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).isEqualTo("text/csv;charset=Windows-31J");
		String text = new String(csv.body(), MS932);
		assertThat(text).contains("〓野町（実績報告テスト）").contains("18～39歳").doesNotContain("?");
		Golden.assertBytes("fy2024-external-sjis.csv", csv.body(), MS932);
	}

	@Test
	void csvUtf8InternalShowsEveryCount() {
		Api.Binary csv = staff.getBytes("/api/v1/reports/fiscal-year/2024.csv?purpose=INTERNAL");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(new String(csv.body(), StandardCharsets.UTF_8)).doesNotContain(FiscalYearReport.MARKER + "\r\n")
			.contains("庁内用：秘匿処理をしていません");
		Golden.assertBytes("fy2024-internal-utf8.csv", csv.body(), StandardCharsets.UTF_8);
	}

	@Test
	void xlsxCellsMatchTheGoldenFileWithCountsAsNumbers() throws IOException {
		Api.Binary xlsx = staff.getBytes("/api/v1/reports/fiscal-year/2024.xlsx?purpose=EXTERNAL");
		assertThat(xlsx.status()).isEqualTo(200);
		assertThat(xlsx.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		StringBuilder dump = new StringBuilder();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("概要");
			assertThat(book.getNumberOfSheets()).isEqualTo(7);
			for (Sheet sheet : book) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						dump.append(sheet.getSheetName()).append('!').append(new CellReference(cell).formatAsString(false))
							.append('\t').append(cell.getCellType()).append('\t')
							.append(cell.getCellType() == CellType.NUMERIC ? Long.toString((long) cell.getNumericCellValue())
									: cell.getStringCellValue())
							.append('\n');
					}
				}
			}
		}
		assertThat(dump.toString()).contains("包括的相談支援!B9\tNUMERIC\t10\n", "包括的相談支援!B15\tSTRING\t＊\n");
		Golden.assertText("fy2024-external-xlsx.txt", dump.toString());
	}

	@Test
	void pdfTextMatchesTheGoldenFile() throws IOException {
		Api.Binary pdf = staff.getBytes("/api/v1/reports/fiscal-year/2024.pdf?purpose=EXTERNAL");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).isEqualTo("application/pdf");
		java.nio.file.Files.write(java.nio.file.Path.of("target/reporting-fy2024-external.pdf"), pdf.body()); // to look at
		String text;
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			text = new PDFTextStripper().getText(document);
		}
		// the print date follows the clock: masked before the comparison
		text = text.replaceAll("作成 \\d{4}年\\d{1,2}月\\d{1,2}日", "作成 （日付）");
		assertThat(text).contains("重層的支援体制整備事業 実績報告（統計）").contains("令和6年度（2024年度）");
		Golden.assertText("fy2024-external-pdf.txt", text);
	}

	@Test
	void aConsultationOnMarch31IsInTheEarlierYearAndOneOnApril1InTheNext() {
		assertThat(consultations(2023)).isEqualTo(1); // 2024-03-31
		assertThat(consultations(2024)).isEqualTo(10); // 2024-04-01 … 2025-03-31
		assertThat(consultations(2025)).isEqualTo(1); // 2025-04-01
		assertThat(cell(report(2024), "包括的相談支援", "他機関へのつなぎ（依頼日の年度、現在の状況）", "完了")).isEqualTo(5);
		assertThat(cell(report(2025), "包括的相談支援", "他機関へのつなぎ（依頼日の年度、現在の状況）", "依頼中（未受理）")).isEqualTo(1);
	}

	@Test
	void caseEventsCountInTheYearOfTheirTokyoDateNotTheirUtcDate() {
		// suspended 2025-03-31 23:30 JST (14:30 UTC), reopened 2025-04-01 00:10 JST (2025-03-31 15:10 UTC)
		JsonNode y2024 = report(2024);
		JsonNode y2025 = report(2025);
		assertThat(cell(y2024, "多機関協働", "年度中の手続", "中断")).isEqualTo(1);
		assertThat(cell(y2024, "多機関協働", "年度中の手続", "再開")).isZero();
		assertThat(cell(y2025, "多機関協働", "年度中の手続", "再開")).isEqualTo(1);
		assertThat(cell(y2024, "多機関協働", "年度末の状態（年度中に扱った事例）", "中断")).isEqualTo(1);
		assertThat(cell(y2025, "多機関協働", "年度末の状態（年度中に扱った事例）", "アセスメント")).isEqualTo(1);
		// the case closed in 2024-03 is not among the cases worked on in 令和6年度
		assertThat(total(y2024, "多機関協働", "年度末の状態（年度中に扱った事例）")).isEqualTo(4);
	}

	@Test
	void aReportCountsOnlyItsOwnTenantsRows() {
		UUID demo = owner.sql("SELECT tenant_id FROM app_user WHERE username = 'shiyakusho'").query(UUID.class).single();
		int current = FiscalYear.of(LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"))).year();
		long demoThisYear = ownerCount(demo, new FiscalYear(current));
		long demo2024 = ownerCount(demo, new FiscalYear(2024));
		assertThat(demoThisYear).as("the demo town has consultations this 年度").isPositive();
		// the fixed town sees none of the demo town's consultations this year …
		assertThat(consultations(current)).isZero();
		// … and the demo town's report of 令和6年度 has exactly its own, not the fixed town's ten
		JsonNode demoReport = api("shiyakusho").get("/api/v1/reports/fiscal-year/2024?purpose=INTERNAL").json();
		assertThat(cell(demoReport, "包括的相談支援", "相談の受付", "相談件数（延べ）")).isEqualTo(demo2024);
		JsonNode demoNow = api("shiyakusho").get("/api/v1/reports/fiscal-year/" + current + "?purpose=INTERNAL").json();
		assertThat(cell(demoNow, "包括的相談支援", "相談の受付", "相談件数（延べ）")).isEqualTo(demoThisYear);
		assertThat(demoNow.path("tenantName").asString()).doesNotContain("𠮷野町");
	}

	private long ownerCount(UUID tenant, FiscalYear year) {
		return owner.sql("SELECT count(*) FROM consultation WHERE tenant_id = ? AND received_on BETWEEN ? AND ?")
			.params(tenant, year.start(), year.end())
			.query(Long.class)
			.single();
	}

	private long consultations(int year) {
		return cell(report(year), "包括的相談支援", "相談の受付", "相談件数（延べ）");
	}

	private JsonNode report(int year) {
		Api.Response r = staff.get("/api/v1/reports/fiscal-year/" + year + "?purpose=INTERNAL");
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json();
	}

	static long cell(JsonNode report, String program, String table, String label) {
		for (JsonNode v : table(report, program, table).path("rows")) {
			if (v.path("label").asString().equals(label)) {
				return v.path("count").asLong();
			}
		}
		throw new AssertionError("no row " + label + " in " + table);
	}

	static long total(JsonNode report, String program, String table) {
		return table(report, program, table).path("total").path("count").asLong();
	}

	static JsonNode table(JsonNode report, String program, String table) {
		for (JsonNode s : report.path("sections")) {
			if (s.path("program").asString().equals(program)) {
				for (JsonNode t : s.path("tables")) {
					if (t.path("title").asString().equals(table)) {
						return t;
					}
				}
			}
		}
		throw new AssertionError("no table " + program + " / " + table);
	}
}
