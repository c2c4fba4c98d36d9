package jp.kasane.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;

import jp.kasane.reporting.FiscalYearReport.Section;
import jp.kasane.reporting.FiscalYearReport.Table;
import jp.kasane.reporting.FiscalYearReport.Value;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The 実績報告 CSV (both encodings) and XLSX never write a text that a spreadsheet reads as a formula. */
class ReportFormulaTest {

	/** A report whose every text (実施主体, 事業, 表, 区分, 注) starts with the character. */
	private static FiscalYearReport report(String start) {
		List<Value> rows = List.of(new Value(start + "区分", 12L, false, "12"), new Value(start + "秘匿", null, true,
				FiscalYearReport.MARKER), new Value("差", -3L, false, "-3"));
		Section section = new Section(start + "包括的相談支援", List.of(new Table(start + "表", rows, new Value(start + "計", 9L,
				false, "9"))));
		return new FiscalYearReport(2025, start + "令和7年度", start + "期間", start + "=cmd|' /C calc'!A0",
				ReportPurpose.INTERNAL, 0, List.of(section), List.of(start + "注記"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "=", "+", "-", "@", "\t", "\r" })
	void noCsvFieldStartsAFormula(String start) throws IOException {
		for (CsvEncoding encoding : CsvEncoding.values()) {
			byte[] csv = ReportCsv.write(report(start), encoding);
			List<CSVRecord> records = CSVFormat.DEFAULT.parse(new InputStreamReader(new ByteArrayInputStream(csv),
					encoding.charset())).getRecords();
			int texts = 0;
			List<String> numbers = new ArrayList<>();
			for (CSVRecord record : records) {
				for (String field : record) {
					String value = field.replace("\uFEFF", "");
					if (value.matches("-?[0-9]+")) {
						numbers.add(value);
						continue;
					}
					if (value.startsWith("'" + start)) {
						texts++;
					}
					assertThat(value).as(encoding + " " + record).doesNotStartWith(start);
				}
			}
			assertThat(texts).as("every text was written, quoted").isGreaterThanOrEqualTo(9);
			assertThat(numbers).as("counts stay numbers, a negative one too").contains("12", "-3", "9");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "=", "+", "-", "@", "\t", "\r" })
	void everyXlsxTextCellIsQuotePrefixedAndCountsStayNumbers(String start) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ReportXlsx.write(report(start))))) {
			List<String> prefixed = new ArrayList<>();
			List<Double> numbers = new ArrayList<>();
			for (Sheet sheet : book) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
						if (cell.getCellType() == CellType.NUMERIC) {
							numbers.add(cell.getNumericCellValue());
						}
						else if (cell.getStringCellValue().startsWith(start)) {
							assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getStringCellValue()).isTrue();
							prefixed.add(cell.getStringCellValue());
						}
					}
				}
			}
			assertThat(prefixed).contains(start + "区分", start + "秘匿", start + "計", start + "注記", start + "表",
					start + "=cmd|' /C calc'!A0");
			assertThat(numbers).as("a negative count stays a number").contains(12.0, -3.0, 9.0);
		}
	}
}
