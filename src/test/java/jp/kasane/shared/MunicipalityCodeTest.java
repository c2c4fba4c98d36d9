package jp.kasane.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MunicipalityCodeTest {

	/** The check digit worked out here, independently of the class under test. */
	private static String withCheckDigit(String five) {
		int[] w = {6, 5, 4, 3, 2};
		int sum = 0;
		for (int i = 0; i < 5; i++) {
			sum += Character.getNumericValue(five.charAt(i)) * w[i];
		}
		return five + (11 - sum % 11) % 10;
	}

	@ParameterizedTest
	@ValueSource(strings = { "011002", "131016", "130001", "010006", "271004", "272124", "470007" })
	void 実在の団体コード(String code) {
		assertThat(withCheckDigit(code.substring(0, 5))).isEqualTo(code);
		assertThat(new MunicipalityCode(code).value()).isEqualTo(code);
	}

	@Test
	void 都道府県と市区町村() {
		MunicipalityCode tokyo = new MunicipalityCode("130001");
		MunicipalityCode chiyoda = new MunicipalityCode("131016");
		MunicipalityCode sapporo = new MunicipalityCode("011002");
		assertThat(tokyo.isPrefecture()).isTrue();
		assertThat(tokyo.prefectureCode()).isEqualTo("13");
		assertThat(chiyoda.isPrefecture()).isFalse();
		assertThat(chiyoda.prefectureCode()).isEqualTo("13");
		assertThat(sapporo.prefectureCode()).isEqualTo("01");
		assertThat(sapporo).hasToString("011002");
	}

	@Test
	void 余りが0なら検査数字は1() {
		// 0*6 + 1*5 + 0*4 + 2*3 + 0*2 = 11
		assertThat(withCheckDigit("01020")).isEqualTo("010201");
		assertThat(new MunicipalityCode("010201").value()).isEqualTo("010201");
	}

	@Test
	void 余りが1なら検査数字は0() {
		// 0*6 + 1*5 + 0*4 + 1*3 + 2*2 = 12
		assertThat(withCheckDigit("01012")).isEqualTo("010120");
		assertThat(new MunicipalityCode("010120").value()).isEqualTo("010120");
	}

	@Test
	void 全角で入力しても読める() {
		assertThat(MunicipalityCode.parse(" １３１０１６ ")).isEqualTo(new MunicipalityCode("131016"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "131017", "131010", "011001", "130000" })
	void 検査数字の誤り(String code) {
		assertThatThrownBy(() -> new MunicipalityCode(code))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessage("団体コードの検査数字が一致しません");
	}

	@ParameterizedTest
	@ValueSource(strings = { "13101", "1310160", "13101a", "abcdef", "13 101", "１３１０１６", "-13101" })
	void 六桁の数字でない(String code) {
		assertThatThrownBy(() -> new MunicipalityCode(code))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageStartingWith("団体コードは6桁の数字");
	}

	@ParameterizedTest
	@NullAndEmptySource
	void 空(String code) {
		assertThatThrownBy(() -> MunicipalityCode.parse(code))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessage("団体コードが入力されていません");
	}

	@Test
	void 都道府県部分は01から47() {
		assertThat(withCheckDigit("48000")).isEqualTo("480002");
		assertThat(withCheckDigit("00000")).isEqualTo("000001");
		assertThatThrownBy(() -> new MunicipalityCode("480002"))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("01〜47");
		assertThatThrownBy(() -> new MunicipalityCode("000001")).hasMessageContaining("01〜47");
	}
}
