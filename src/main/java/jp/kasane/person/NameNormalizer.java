package jp.kasane.person;

import java.util.Map;

import jp.kasane.shared.KanaFolding;

/**
 * The key under which names are compared for duplicate detection (名寄せ) and search (氏名検索).
 * Two spellings of the same name that differ only in how they were typed get the same key:
 * <ol>
 * <li>{@link KanaFolding}: NFKC (全角英数 → 半角, "ﾔﾏﾀﾞ" → "ヤマダ"), ひらがな → カタカナ ("やまだ" → "ヤマダ";
 * small kana and the long vowel mark ー are kept), letters lower-cased</li>
 * <li>spaces (including 全角スペース), the middle dot ・ and hyphen-like or equals-like separators removed</li>
 * <li>well-known variant kanji (異体字) mapped to one standard form ("髙橋" → "高橋")</li>
 * </ol>
 * The key is for matching only; never show it or store it in place of the name as written.
 */
public final class NameNormalizer {

	/** Variant kanji (異体字) → standard form, one group per line. */
	private static final Map<String, String> VARIANTS = Map.ofEntries(
			// 高: はしごだか
			Map.entry("髙", "高"),
			// 崎: たつさき, 山偏の異体, 石偏の異体
			Map.entry("﨑", "崎"), Map.entry("嵜", "崎"), Map.entry("碕", "崎"),
			// 斎: 齋藤・齊藤・斉藤 are often the same family; 齎 is a frequent mis-entry for them
			Map.entry("齋", "斎"), Map.entry("齊", "斎"), Map.entry("齎", "斎"),
			// 辺: 渡邊・渡邉・渡辺
			Map.entry("邊", "辺"), Map.entry("邉", "辺"),
			// 浜: 濱田・濵田・浜田
			Map.entry("濱", "浜"), Map.entry("濵", "浜"),
			// 沢
			Map.entry("澤", "沢"),
			// 広
			Map.entry("廣", "広"),
			// 国
			Map.entry("國", "国"),
			// 桜
			Map.entry("櫻", "桜"),
			// 真
			Map.entry("眞", "真"),
			// 徳
			Map.entry("德", "徳"),
			// 恵
			Map.entry("惠", "恵"),
			// 蔵
			Map.entry("藏", "蔵"),
			// 竜: 龍 and 竜 are the same name in 名寄せ
			Map.entry("龍", "竜"),
			// 島: 嶋・嶌
			Map.entry("嶋", "島"), Map.entry("嶌", "島"),
			// 富: わかんむりの冨
			Map.entry("冨", "富"),
			// 槙: 槇 (木偏に眞) and 槙
			Map.entry("槇", "槙"),
			// 曽: 曾根・曽根
			Map.entry("曾", "曽"),
			// 吉: つちよし (U+20BB7, outside the BMP)
			Map.entry("\uD842\uDFB7", "吉"));

	private NameNormalizer() {
	}

	/** The matching key of a name; "" for null. */
	public static String key(String text) {
		String folded = KanaFolding.fold(text);
		StringBuilder key = new StringBuilder(folded.length());
		folded.codePoints().forEach(cp -> {
			if (isSeparator(cp)) {
				return;
			}
			String s = new String(Character.toChars(cp));
			key.append(VARIANTS.getOrDefault(s, s));
		});
		return key.toString();
	}

	private static boolean isSeparator(int cp) {
		return Character.isWhitespace(cp) || Character.isSpaceChar(cp)
				|| cp == '・' || cp == '·' // middle dots (NFKC has already turned ･ into ・)
				|| cp == '-' || (cp >= '\u2010' && cp <= '\u2015') || cp == '\u2212' // hyphens, dashes, minus
				|| cp == '=' || cp == '゠'; // double hyphens in foreign names (ジョン＝スミス)
	}
}
