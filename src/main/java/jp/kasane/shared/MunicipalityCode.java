package jp.kasane.shared;

import java.text.Normalizer;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A local government code (全国地方公共団体コード): two digits of prefecture (都道府県コード, 01–47),
 * three of municipality (市区町村コード, "000" for the prefecture itself) and a check digit (検査数字).
 *
 * <p>Check digit: the first five digits weighted 6, 5, 4, 3, 2 and summed; check = (11 − sum mod 11) mod 10.
 * E.g. 131016 (千代田区), 011002 (札幌市), 130001 (東京都).
 *
 * @param value the six ASCII digits
 */
public record MunicipalityCode(@JsonValue String value) {
	private static final int[] WEIGHTS = {6, 5, 4, 3, 2};

	public MunicipalityCode {
		if (value == null || value.isEmpty()) {
			throw new IllegalArgumentException("団体コードが入力されていません");
		}
		if (!value.matches("[0-9]{6}")) {
			throw new IllegalArgumentException("団体コードは6桁の数字で入力してください（検査数字を含む）");
		}
		int prefecture = Integer.parseInt(value.substring(0, 2));
		if (prefecture < 1 || prefecture > 47) {
			throw new IllegalArgumentException("団体コードの都道府県部分（先頭2桁）は01〜47でなければなりません");
		}
		if (value.charAt(5) - '0' != checkDigit(value)) {
			throw new IllegalArgumentException("団体コードの検査数字が一致しません");
		}
	}

	/** Reads a code as typed: NFKC (全角数字 → 半角) and surrounding spaces trimmed. */
	public static MunicipalityCode parse(String text) {
		return new MunicipalityCode(text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFKC).strip());
	}

	/** The prefecture code (都道府県コード), e.g. "13". */
	public String prefectureCode() {
		return value.substring(0, 2);
	}

	/** Whether this is a prefecture (都道府県) rather than a municipality. */
	public boolean isPrefecture() {
		return value.startsWith("000", 2);
	}

	@Override
	public String toString() {
		return value;
	}

	private static int checkDigit(String digits) {
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += (digits.charAt(i) - '0') * WEIGHTS[i];
		}
		return (11 - sum % 11) % 10;
	}
}
