package jp.kasane.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;

import jp.kasane.shared.FiscalYear;
import jp.kasane.shared.InvalidField;
import org.junit.jupiter.api.Test;

/** The 年度 a report may be asked for, the CSV encodings, and what MS932 cannot write. */
class ReportInputTest {

	final FiscalYear current = new FiscalYear(2026);

	@Test
	void yearsFrom2000ToTheCurrentYear() {
		assertThat(FiscalYear.parseReportable("2000", current).year()).isEqualTo(2000);
		assertThat(FiscalYear.parseReportable(" 2026 ", current).year()).isEqualTo(2026);
		for (String bad : new String[] { "1999", "2027", "1800", "9999", "abc", "", null, "20255", "２０２５", "2025.5", "-2025" }) {
			assertThatThrownBy(() -> FiscalYear.parseReportable(bad, current)).as(bad)
				.isInstanceOfSatisfying(InvalidField.class, ex -> {
					assertThat(ex.field()).isEqualTo("year");
					assertThat(ex.getMessage()).contains("年度は2000から2026");
				});
		}
	}

	@Test
	void encodings() {
		assertThat(CsvEncoding.parse(null)).isEqualTo(CsvEncoding.UTF_8);
		assertThat(CsvEncoding.parse("UTF-8")).isEqualTo(CsvEncoding.UTF_8);
		assertThat(CsvEncoding.parse("shift_jis")).isEqualTo(CsvEncoding.SHIFT_JIS);
		assertThat(CsvEncoding.parse("Shift-JIS")).isEqualTo(CsvEncoding.SHIFT_JIS);
		assertThat(CsvEncoding.parse("ms932")).isEqualTo(CsvEncoding.SHIFT_JIS);
		assertThat(CsvEncoding.SHIFT_JIS.charset()).isEqualTo(Charset.forName("windows-31j"));
		assertThatThrownBy(() -> CsvEncoding.parse("latin1")).isInstanceOfSatisfying(InvalidField.class,
				ex -> assertThat(ex.field()).isEqualTo("encoding"));
	}

	@Test
	void wavesDashesAndMinusBecomeTheirMs932Forms() {
		String text = ReportCsv.ms932("18〜39歳 − ‖ ¢ £ ¬ —");
		assertThat(Charset.forName("windows-31j").newEncoder().canEncode(text)).isTrue();
		assertThat(text).isEqualTo("18～39歳 － ∥ ￠ ￡ ￢ ―");
	}
}
