package jp.kasane.disclosure;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 開示請求の受付番号: the reference the municipality gave the request, required for every person export
 * and written into the audit basis. Normalised (NFKC, trimmed); 1 to 40 characters of letters (漢字・かな
 * included), digits, {@code -}, {@code _} and {@code /}, so it can sit in a log line as an id.
 */
final class RequestReference {

	static final int MAX_LENGTH = 40;

	private static final Pattern ALLOWED = Pattern.compile("[\\p{IsAlphabetic}\\p{IsDigit}\\-_/]+");

	private RequestReference() {
	}

	/** The normalised reference. */
	static String normalise(String text) {
		return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
	}

	/** Why the reference cannot be used, or empty when it can. */
	static Optional<String> problem(String text) {
		String value = normalise(text);
		if (value.isEmpty()) {
			return Optional.of("開示請求の受付番号を入力してください");
		}
		if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
			return Optional.of("受付番号は" + MAX_LENGTH + "文字以内で入力してください");
		}
		if (!ALLOWED.matcher(value).matches()) {
			return Optional.of("受付番号には文字・数字・ハイフン（-）・下線（_）・スラッシュ（/）だけを使えます");
		}
		return Optional.empty();
	}
}
