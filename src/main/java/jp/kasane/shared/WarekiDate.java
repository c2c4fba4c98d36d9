package jp.kasane.shared;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes dates such as a date of birth (生年月日) in 西暦 (Gregorian) or 和暦 (Japanese era).
 *
 * <p>Accepted input, after NFKC normalisation (全角数字・全角記号 → 半角) and trimming:
 * <ul>
 * <li>西暦: {@code 1970-03-02}, {@code 1970/3/2}, {@code 1970.3.2}, {@code 1970年3月2日}</li>
 * <li>和暦: {@code 昭和45年3月2日}, {@code 平成元年1月8日}, {@code S45.3.2}, {@code s45/3/2}, {@code R2-4-1},
 * with the eras and letters of {@link Era}; 元年 is year 1</li>
 * </ul>
 * A 和暦 date must lie inside its era (昭和64年1月8日 does not exist), and 和暦 dates start at
 * 明治6年1月1日 ({@link Era#EARLIEST_SUPPORTED}), since earlier 明治 dates were in the lunisolar calendar (旧暦).
 * 西暦 dates before that day are accepted and are simply never shown in 和暦.
 */
public final class WarekiDate {
	private static final String ERA = "(明治|大正|昭和|平成|令和|[MTSHRmtshr])\\s*(元|\\d{1,3})\\s*";
	private static final Pattern SEIREKI_SEPARATED = Pattern.compile(
			"(\\d{4})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})");
	private static final Pattern SEIREKI_KANJI = Pattern.compile(
			"(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
	private static final Pattern WAREKI_SEPARATED = Pattern.compile(
			ERA + "([-/.])\\s*(\\d{1,2})\\s*\\3\\s*(\\d{1,2})");
	private static final Pattern WAREKI_KANJI = Pattern.compile(
			ERA + "年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

	private WarekiDate() {
	}

	/**
	 * Parses a date typed in 西暦 or 和暦.
	 *
	 * @throws InvalidDateException with a Japanese message when the text is empty, unreadable,
	 *         or names a day that does not exist (in the calendar or in the era)
	 */
	public static LocalDate parse(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidDateException("日付が入力されていません");
		}
		String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
		Matcher m;
		if ((m = SEIREKI_SEPARATED.matcher(s)).matches()) {
			return seireki(m.group(1), m.group(3), m.group(4));
		}
		if ((m = SEIREKI_KANJI.matcher(s)).matches()) {
			return seireki(m.group(1), m.group(2), m.group(3));
		}
		if ((m = WAREKI_SEPARATED.matcher(s)).matches()) {
			return wareki(m.group(1), m.group(2), m.group(4), m.group(5));
		}
		if ((m = WAREKI_KANJI.matcher(s)).matches()) {
			return wareki(m.group(1), m.group(2), m.group(3), m.group(4));
		}
		throw new InvalidDateException("「" + abbreviate(text.strip())
				+ "」は日付として読み取れません（例: 1970-03-02、1970年3月2日、昭和45年3月2日、S45.3.2）");
	}

	/** "昭和45年3月2日"; year 1 is written 元年 ("令和元年5月1日"). */
	public static String formatWareki(LocalDate date) {
		Era era = Era.of(date).orElseThrow(() -> new InvalidDateException(
				formatSeireki(date) + "は明治6年1月1日より前のため和暦で表示できません"));
		return era.kanji() + monthDay(era, date);
	}

	/** "45年3月2日" or "元年5月1日": the date in its era, the era name left out. */
	private static String monthDay(Era era, LocalDate date) {
		return Era.yearNumber(era.yearOf(date)) + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	/** "1970年3月2日". */
	public static String formatSeireki(LocalDate date) {
		Objects.requireNonNull(date, "date");
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	/** "1970年3月2日（昭和45年3月2日）"; only 西暦 before {@link Era#EARLIEST_SUPPORTED}. */
	public static String formatBoth(LocalDate date) {
		String seireki = formatSeireki(date);
		return Era.of(date).isPresent() ? seireki + "（" + formatWareki(date) + "）" : seireki;
	}

	private static LocalDate seireki(String y, String m, String d) {
		int year = Integer.parseInt(y);
		String label = year + "年" + Integer.parseInt(m) + "月" + Integer.parseInt(d) + "日";
		if (year < 1) {
			throw new InvalidDateException(label + "は存在しない日付です");
		}
		return calendarDate(year, m, d, label);
	}

	private static LocalDate wareki(String eraText, String y, String m, String d) {
		Era era = Era.lookup(eraText).orElseThrow();
		int eraYear = y.equals("元") ? 1 : Integer.parseInt(y);
		String label = era.kanji() + Era.yearNumber(eraYear) + "年"
				+ Integer.parseInt(m) + "月" + Integer.parseInt(d) + "日";
		if (eraYear < 1) {
			throw new InvalidDateException(label + "は存在しない日付です（" + era.kanji() + "は元年（1年）から）");
		}
		if (era == Era.MEIJI && era.toGregorianYear(eraYear) < Era.EARLIEST_SUPPORTED.getYear()) {
			throw new InvalidDateException(label + "は扱えない日付です（明治5年以前は旧暦のため、明治6年1月1日から）");
		}
		LocalDate date = calendarDate(era.toGregorianYear(eraYear), m, d, label);
		if (date.isBefore(era.start())) {
			throw new InvalidDateException(label + "は存在しない日付です（" + era.kanji() + "は"
					+ monthDay(era, era.start()) + "から）");
		}
		era.end().filter(date::isAfter).ifPresent(last -> {
			throw new InvalidDateException(label + "は存在しない日付です（" + era.kanji() + "は"
					+ monthDay(era, last) + "まで）");
		});
		return date;
	}

	private static LocalDate calendarDate(int year, String m, String d, String label) {
		try {
			return LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
		} catch (DateTimeException e) {
			throw new InvalidDateException(label + "は存在しない日付です");
		}
	}

	private static String abbreviate(String text) {
		return text.length() <= 30 ? text : text.substring(0, 30) + "…";
	}
}
