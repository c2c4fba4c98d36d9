package jp.kasane.directory;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import jp.kasane.shared.InvalidField;

/**
 * "Is it open on &lt;day&gt; in &lt;time window&gt;?" (例: 土曜の午後 = Saturday 12:00–18:00). The day is either a
 * weekday — a monthly rule counts when it opens on that weekday in some week — or a date, when only a
 * rule that really opens on that date counts. A place matches when one of its rules opens on the day
 * and overlaps the window; without a day or window that part is not asked.
 */
public record OpeningQuery(DayOfWeek weekday, LocalDate date, TimeWindow window) {

	private static final Map<String, DayOfWeek> DAYS = Map.ofEntries(Map.entry("月", DayOfWeek.MONDAY),
			Map.entry("火", DayOfWeek.TUESDAY), Map.entry("水", DayOfWeek.WEDNESDAY), Map.entry("木", DayOfWeek.THURSDAY),
			Map.entry("金", DayOfWeek.FRIDAY), Map.entry("土", DayOfWeek.SATURDAY), Map.entry("日", DayOfWeek.SUNDAY),
			Map.entry("MO", DayOfWeek.MONDAY), Map.entry("TU", DayOfWeek.TUESDAY), Map.entry("WE", DayOfWeek.WEDNESDAY),
			Map.entry("TH", DayOfWeek.THURSDAY), Map.entry("FR", DayOfWeek.FRIDAY), Map.entry("SA", DayOfWeek.SATURDAY),
			Map.entry("SU", DayOfWeek.SUNDAY));

	public static final OpeningQuery ANY = new OpeningQuery(null, null, null);

	public boolean asksSomething() {
		return weekday != null || date != null || window != null;
	}

	/** Whether any of the rules answers the query. */
	public boolean matches(List<OpeningRule> rules) {
		if (!asksSomething()) {
			return true;
		}
		return rules.stream().anyMatch(this::matches);
	}

	boolean matches(OpeningRule rule) {
		boolean day = date != null ? rule.opensOn(date) : weekday == null || rule.opensOn(weekday);
		return day && (window == null || rule.openDuring(window));
	}

	/**
	 * Reads the search parameters: {@code day} as a weekday (土, 土曜, 土曜日, SA, SATURDAY) or a date
	 * (2026-11-28); {@code time} as {@link TimeWindow#parse}. Blank parameters ask nothing.
	 */
	static OpeningQuery parse(String day, String time) {
		DayOfWeek weekday = null;
		LocalDate date = null;
		if (day != null && !day.isBlank()) {
			String d = day.strip();
			if (d.matches("\\d{4}-\\d{2}-\\d{2}")) {
				try {
					date = LocalDate.parse(d);
				}
				catch (DateTimeParseException ex) {
					throw new InvalidField("day", "日付が正しくありません：" + d);
				}
			}
			else {
				String key = d.replaceFirst("曜日?$", "").toUpperCase();
				weekday = DAYS.get(key);
				if (weekday == null) {
					try {
						weekday = DayOfWeek.valueOf(key);
					}
					catch (IllegalArgumentException ex) {
						throw new InvalidField("day", "曜日（月〜日）または日付（2026-11-28）で指定してください");
					}
				}
			}
		}
		return new OpeningQuery(weekday, date, TimeWindow.parse(time));
	}
}
