package jp.kasane.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No text cell of a CSV or XLSX the application writes can start a spreadsheet formula; numbers stay numbers. */
class SpreadsheetCellsTest {

	/** Each character a spreadsheet takes as the start of a formula (= + - @, tab, carriage return). */
	static final List<String> STARTERS = List.of("=", "+", "-", "@", "\t", "\r");

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://x\")", "+81-3-1234", "-2+3", "@SUM(A1)", "\tX", "\rX" })
	void aFormulaStarterIsWrittenAsTextInCsv(String formula) throws IOException {
		assertThat(SpreadsheetCells.csv(formula)).isEqualTo("'" + formula);
		StringBuilder out = new StringBuilder();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			SpreadsheetCells.printRecord(printer, formula, -5, 3L, null, "山田");
		}
		CSVRecord record = CSVFormat.DEFAULT.parse(new StringReader(out.toString())).getRecords().get(0);
		assertThat(record.get(0)).isEqualTo("'" + formula);
		assertThat(record.get(1)).as("a number is not text").isEqualTo("-5");
		assertThat(record.get(2)).isEqualTo("3");
		assertThat(record.get(3)).isEmpty();
		assertThat(record.get(4)).isEqualTo("山田");
	}

	@Test
	void otherTextIsLeftAlone() {
		assertThat(SpreadsheetCells.csv("山田　太郎")).isEqualTo("山田　太郎");
		assertThat(SpreadsheetCells.csv("a=b")).isEqualTo("a=b");
		assertThat(SpreadsheetCells.csv("")).isEmpty();
		assertThat(SpreadsheetCells.csv(null)).isEmpty();
		assertThat(SpreadsheetCells.startsFormula("－全角は式にならない")).isFalse();
	}

	@Test
	void anXlsxTextCellKeepsItsTextQuotePrefixedAndNumbersStayNumbers() throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Row row = book.createSheet("s").createRow(0);
			for (int i = 0; i < STARTERS.size(); i++) {
				SpreadsheetCells.text(row.createCell(i), STARTERS.get(i) + "1+1", null);
			}
			SpreadsheetCells.text(row.createCell(10), "山田", null);
			row.createCell(11).setCellValue(-5);
			for (int i = 0; i < STARTERS.size(); i++) {
				Cell cell = row.getCell(i);
				assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
				assertThat(cell.getStringCellValue()).isEqualTo(STARTERS.get(i) + "1+1");
				assertThat(cell.getCellStyle().getQuotePrefixed()).as("cell %d", i).isTrue();
			}
			assertThat(row.getCell(10).getCellStyle().getQuotePrefixed()).isFalse();
			assertThat(row.getCell(11).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(book.getNumCellStyles()).as("one prefixed style shared, not one per cell").isLessThanOrEqualTo(2);
		}
	}
}
