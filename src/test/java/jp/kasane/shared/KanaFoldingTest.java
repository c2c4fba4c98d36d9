package jp.kasane.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The folding that name keys and directory search share. */
class KanaFoldingTest {

	@Test
	void foldsWidthKanaAndCaseButKeepsEverythingElse() {
		assertThat(KanaFolding.fold("さくらんぼ ＮＰＯ ﾔﾏﾀﾞ")).isEqualTo("サクランボ npo ヤマダ");
		assertThat(KanaFolding.fold("いすゞ")).isEqualTo("イスヾ");
		assertThat(KanaFolding.fold("髙橋・ー")).as("variants and separators are the name key's business").isEqualTo("髙橋・ー");
		assertThat(KanaFolding.fold(null)).isEmpty();
	}
}
