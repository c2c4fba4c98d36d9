package jp.kasane.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The 受付番号 rule at its boundaries. */
class RequestReferenceTest {

	@Test
	void requiredAfterTrimming() {
		assertThat(RequestReference.problem(null)).contains("開示請求の受付番号を入力してください");
		assertThat(RequestReference.problem("")).contains("開示請求の受付番号を入力してください");
		assertThat(RequestReference.problem(" \u3000 ")).contains("開示請求の受付番号を入力してください");
		assertThat(RequestReference.problem("1")).isEmpty();
	}

	@Test
	void fortyCharactersAtMostCountingCodePoints() {
		assertThat(RequestReference.problem("A".repeat(40))).isEmpty();
		assertThat(RequestReference.problem("A".repeat(41))).contains("受付番号は40文字以内で入力してください");
		assertThat(RequestReference.problem("開".repeat(40))).isEmpty();
		assertThat(RequestReference.problem("𠮷".repeat(40))).as("surrogate pairs count once").isEmpty();
	}

	@Test
	void lettersDigitsAndSeparatorsOnly() {
		assertThat(RequestReference.problem("R8-開示-第12号/a_b")).isEmpty();
		assertThat(RequestReference.problem("R8 12")).get().asString().contains("ハイフン");
		assertThat(RequestReference.problem("<script>")).isPresent();
		assertThat(RequestReference.problem("R8:12")).isPresent();
		assertThat(RequestReference.problem("R8\n12")).isPresent();
	}

	@Test
	void fullWidthFormsAreNormalised() {
		assertThat(RequestReference.normalise("　ＲＸ－１２　")).isEqualTo("RX-12");
		assertThat(RequestReference.problem("ＲＸ－１２")).isEmpty();
	}
}
