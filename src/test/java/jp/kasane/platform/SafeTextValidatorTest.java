package jp.kasane.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kasane.shared.SafeTextValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What counts as markup or script in a text field, and what ordinary text may contain. */
class SafeTextValidatorTest {

	@ParameterizedTest
	@ValueSource(strings = { "<script>", "< script>", "</b>", "<!-- x -->", "<img src=x>", "JavaScript:alert(1)",
			"制御\u0007文字" })
	void rejectsMarkupScriptsAndControlCharacters(String text) {
		assertThat(SafeTextValidator.isSafe(text)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "山田 太郎", "3 < 5 のとき", "a > b", "家族に知られないよう携帯のみ。留守電に用件を残さない", "onion=玉ねぎ？",
			"改行\nあり" })
	void acceptsOrdinaryText(String text) {
		assertThat(SafeTextValidator.isSafe(text)).isTrue();
	}
}
