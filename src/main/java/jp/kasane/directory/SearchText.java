package jp.kasane.directory;

import java.text.Normalizer;

/**
 * The folded form in which the directory compares words: NFKC (全角英数 → 半角, 半角カナ → 全角カナ),
 * ひらがな → カタカナ and Latin letters lower-cased, so 「さくらんぼ」 finds 「サクランボ」 and 「ＮＰＯ」 finds
 * 「NPO」. Used for matching only; places keep their names as written.
 */
final class SearchText {

	private SearchText() {
	}

	static String fold(String text) {
		if (text == null) {
			return "";
		}
		String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
		StringBuilder out = new StringBuilder(nfkc.length());
		nfkc.codePoints().forEach(cp -> {
			if (cp >= 0x3041 && cp <= 0x3096) {
				cp += 0x60;
			}
			out.appendCodePoint(Character.toLowerCase(cp));
		});
		return out.toString();
	}
}
