package jp.kasane.directory;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.kasane.shared.InvalidField;

/**
 * A time of day to search for: 午前 (6:00–12:00), 午後 (12:00–18:00), 夜間 (18:00–24:00), a range
 * ({@code 13:00-15:00}) or a moment ({@code 14:30}, a window whose start equals its end).
 */
public record TimeWindow(LocalTime from, LocalTime to) {

	public static final TimeWindow MORNING = new TimeWindow(LocalTime.of(6, 0), LocalTime.NOON);
	public static final TimeWindow AFTERNOON = new TimeWindow(LocalTime.NOON, LocalTime.of(18, 0));
	public static final TimeWindow NIGHT = new TimeWindow(LocalTime.of(18, 0), LocalTime.MAX);

	private static final Pattern RANGE = Pattern.compile("(\\d{1,2}:\\d{2})\\s*[-~〜～－–]\\s*(\\d{1,2}:\\d{2})");

	public TimeWindow {
		if (to.isBefore(from)) {
			throw new InvalidField("time", "時間帯の終わりは始まりより後にしてください");
		}
	}

	public boolean point() {
		return from.equals(to);
	}

	/** Reads 午前/午後/夜間 (or morning/afternoon/night), {@code HH:MM} or {@code HH:MM-HH:MM}; blank is none. */
	static TimeWindow parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip();
		switch (t) {
			case "午前", "morning", "am":
				return MORNING;
			case "午後", "afternoon", "pm":
				return AFTERNOON;
			case "夜間", "夜", "night", "evening":
				return NIGHT;
			default:
		}
		Matcher range = RANGE.matcher(t);
		if (range.matches()) {
			return new TimeWindow(time(range.group(1)), time(range.group(2)));
		}
		if (t.matches("\\d{1,2}:\\d{2}")) {
			LocalTime at = time(t);
			return new TimeWindow(at, at);
		}
		throw new InvalidField("time", "時間帯は「午前」「午後」「夜間」、時刻（14:00）または範囲（13:00-15:00）で指定してください");
	}

	private static LocalTime time(String text) {
		try {
			return LocalTime.parse(text.length() == 4 ? "0" + text : text);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidField("time", "時刻が正しくありません：" + text);
		}
	}

	/** For pages: 「12:00〜18:00」. */
	public String label() {
		return from + "〜" + (to.equals(LocalTime.MAX) ? "24:00" : to.toString());
	}
}
