package jp.kasane.reporting;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jp.kasane.shared.InvalidField;

/**
 * The two encodings of the CSV export. {@code utf-8} is written with a byte order mark so that Excel recognises
 * it; {@code shift_jis} is written as Windows-31J (MS932), the Shift_JIS variant Excel and Windows actually use
 * (it has ①, ～, 髙 and 﨑 that strict Shift_JIS lacks).
 */
enum CsvEncoding {
	UTF_8("utf-8", StandardCharsets.UTF_8), SHIFT_JIS("shift_jis", Charset.forName("windows-31j"));

	private final String parameter;
	private final Charset charset;

	CsvEncoding(String parameter, Charset charset) {
		this.parameter = parameter;
		this.charset = charset;
	}

	String parameter() {
		return parameter;
	}

	Charset charset() {
		return charset;
	}

	/** {@code utf-8} (default), {@code shift_jis}; also {@code sjis}, {@code ms932}, {@code windows-31j}, {@code cp932}. */
	static CsvEncoding parse(String text) {
		if (text == null || text.isBlank()) {
			return UTF_8;
		}
		return switch (text.strip().toLowerCase(Locale.ROOT).replace('-', '_')) {
			case "utf_8", "utf8" -> UTF_8;
			case "shift_jis", "sjis", "ms932", "windows_31j", "cp932" -> SHIFT_JIS;
			default -> throw new InvalidField("encoding", "文字コードは utf-8 または shift_jis を指定してください");
		};
	}
}
