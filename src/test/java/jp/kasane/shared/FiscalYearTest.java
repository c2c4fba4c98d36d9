package jp.kasane.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FiscalYearTest {

	@Test
	void 三月三十一日までは前の年度() {
		assertThat(FiscalYear.of(LocalDate.of(2027, 3, 31))).isEqualTo(new FiscalYear(2026));
		assertThat(FiscalYear.of(LocalDate.of(2027, 4, 1))).isEqualTo(new FiscalYear(2027));
		assertThat(FiscalYear.of(LocalDate.of(2026, 1, 1))).isEqualTo(new FiscalYear(2025));
		assertThat(FiscalYear.of(LocalDate.of(2026, 12, 31))).isEqualTo(new FiscalYear(2026));
	}

	@Test
	void 初日と末日() {
		FiscalYear fy = new FiscalYear(2026);
		assertThat(fy.start()).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(fy.end()).isEqualTo(LocalDate.of(2027, 3, 31));
	}

	@Test
	void 含む() {
		FiscalYear fy = new FiscalYear(2026);
		assertThat(fy.contains(LocalDate.of(2026, 3, 31))).isFalse();
		assertThat(fy.contains(LocalDate.of(2026, 4, 1))).isTrue();
		assertThat(fy.contains(LocalDate.of(2027, 3, 31))).isTrue();
		assertThat(fy.contains(LocalDate.of(2027, 4, 1))).isFalse();
	}

	@Test
	void 表示名() {
		assertThat(new FiscalYear(2026).label()).isEqualTo("令和8年度（2026年度）");
		assertThat(new FiscalYear(2020).label()).isEqualTo("令和2年度（2020年度）");
		assertThat(new FiscalYear(2019).label()).isEqualTo("平成31年度（2019年度）");
		assertThat(new FiscalYear(2018).label()).isEqualTo("平成30年度（2018年度）");
		assertThat(new FiscalYear(1989).label()).isEqualTo("平成元年度（1989年度）");
		assertThat(new FiscalYear(1988).label()).isEqualTo("昭和63年度（1988年度）");
		assertThat(new FiscalYear(1872).label()).isEqualTo("1872年度");
	}
}
