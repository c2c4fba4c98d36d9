package jp.kasane.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A CSV cell never starts a spreadsheet formula. */
class CaseCsvTest {

	@Test
	void formulaStartersAreQuotedAndOtherTextIsLeftAlone() {
		for (String formula : new String[] { "=1+1", "+81", "-2", "@SUM(A1)", "\tX", "\rX" }) {
			assertThat(CaseCsv.cell(formula)).as(formula).isEqualTo("'" + formula);
		}
		assertThat(CaseCsv.cell("山田　太郎")).isEqualTo("山田　太郎");
		assertThat(CaseCsv.cell("a=b")).isEqualTo("a=b");
		assertThat(CaseCsv.cell("")).isEmpty();
		assertThat(CaseCsv.cell(null)).isEmpty();
	}
}
