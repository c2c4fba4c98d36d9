package jp.kasane.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EraTest {

	@ParameterizedTest
	@CsvSource({
			"明治, MEIJI", "M, MEIJI", "m, MEIJI", "大正, TAISHO", "T, TAISHO", "昭和, SHOWA", "s, SHOWA",
			"平成, HEISEI", "H, HEISEI", "令和, REIWA", "r, REIWA" })
	void 名前と略号で引ける(String name, Era expected) {
		assertThat(Era.lookup(name)).contains(expected);
	}

	@Test
	void 知らない名前() {
		assertThat(Era.lookup("慶応")).isEmpty();
		assertThat(Era.lookup("X")).isEmpty();
		assertThat(Era.lookup(null)).isEmpty();
	}

	@Test
	void 日付の元号() {
		assertThat(Era.of(LocalDate.of(1989, 1, 7))).contains(Era.SHOWA);
		assertThat(Era.of(LocalDate.of(1989, 1, 8))).contains(Era.HEISEI);
		assertThat(Era.of(LocalDate.of(2019, 4, 30))).contains(Era.HEISEI);
		assertThat(Era.of(LocalDate.of(2019, 5, 1))).contains(Era.REIWA);
		assertThat(Era.of(LocalDate.of(1873, 1, 1))).contains(Era.MEIJI);
		assertThat(Era.of(LocalDate.of(1872, 12, 31))).isEmpty();
	}

	@Test
	void 終わりの日() {
		assertThat(Era.SHOWA.end()).contains(LocalDate.of(1989, 1, 7));
		assertThat(Era.HEISEI.end()).contains(LocalDate.of(2019, 4, 30));
		assertThat(Era.REIWA.end()).isEmpty();
		assertThat(Era.SHOWA.contains(LocalDate.of(1989, 1, 8))).isFalse();
		assertThat(Era.MEIJI.contains(LocalDate.of(1872, 12, 31))).isFalse();
	}

	@Test
	void 年の換算() {
		assertThat(Era.SHOWA.toGregorianYear(45)).isEqualTo(1970);
		assertThat(Era.REIWA.toGregorianYear(1)).isEqualTo(2019);
		assertThat(Era.MEIJI.toGregorianYear(6)).isEqualTo(1873);
		assertThat(Era.HEISEI.yearOf(LocalDate.of(2019, 4, 30))).isEqualTo(31);
		assertThat(Era.SHOWA.kanji()).isEqualTo("昭和");
		assertThat(Era.SHOWA.letter()).isEqualTo('S');
	}
}
