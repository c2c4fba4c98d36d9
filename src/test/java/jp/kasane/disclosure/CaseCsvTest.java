package jp.kasane.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.kasane.casework.CaseState;
import jp.kasane.casework.CaseSummary;
import jp.kasane.documents.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The case list CSV writes through the one spreadsheet writer: no cell starts a formula. */
class CaseCsvTest {

	@ParameterizedTest
	@ValueSource(strings = { "=", "+", "-", "@", "\t", "\r" })
	void noCellStartsAFormula(String start) throws IOException {
		UUID lead = UUID.randomUUID();
		UUID referrer = UUID.randomUUID();
		CaseSummary c = new CaseSummary(UUID.randomUUID(), CaseState.INTAKE, start + "状態", LocalDate.of(2026, 4, 1),
				referrer, lead, List.of(), 2, null);
		StringBuilder out = new StringBuilder();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			SpreadsheetCells.printRecord(printer, CaseCsv.row(c, Map.of(lead, start + "主担当", referrer, start + "紹介元"),
					start + "参加機関", null, start + "山田　太郎").toArray());
		}
		CSVRecord record = CSVFormat.DEFAULT.parse(new StringReader(out.toString())).getRecords().get(0);
		for (String field : record) {
			assertThat(field).doesNotStartWith(start);
		}
		assertThat(record.get(4)).isEqualTo("'" + start + "主担当");
		assertThat(record.get(9)).isEqualTo("'" + start + "山田　太郎");
		assertThat(record.get(10)).isEqualTo("2");
	}
}
