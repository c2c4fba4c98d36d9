package jp.kasane.shared;

import java.text.Normalizer;

/**
 * The folding under which Japanese text typed in different ways compares equal: NFKC (全角英数 → 半角,
 * 半角カナ → 全角カナ), ひらがな and the marks ゝゞ → カタカナ, and letters lower-cased. For matching
 * only (name keys, directory search); text is always stored and shown as written.
 */
public final class KanaFolding {

	private KanaFolding() {
	}

	/** The folded form of the text; "" for null. */
	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
		StringBuilder out = new StringBuilder(nfkc.length());
		nfkc.codePoints().forEach(cp -> out.appendCodePoint(Character.toLowerCase(toKatakana(cp))));
		return out.toString();
	}

	/** ひらがな (U+3041–U+3096) and the marks ゝゞ → カタカナ. */
	private static int toKatakana(int cp) {
		return (cp >= 0x3041 && cp <= 0x3096) || cp == 0x309D || cp == 0x309E ? cp + 0x60 : cp;
	}
}
