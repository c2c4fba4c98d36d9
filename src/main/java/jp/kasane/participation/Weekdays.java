package jp.kasane.participation;

import java.time.DayOfWeek;
import java.util.Collection;
import java.util.stream.Collectors;

/** Japanese names of weekdays (月・火・水 …) for reasons and pages. */
public final class Weekdays {

	private static final String NAMES = "月火水木金土日";

	private Weekdays() {
	}

	public static String label(DayOfWeek day) {
		return String.valueOf(NAMES.charAt(day.getValue() - 1));
	}

	/** The days in week order, joined with 「・」, e.g. 「火・木」. */
	public static String text(Collection<DayOfWeek> days) {
		return days.stream().sorted().map(Weekdays::label).collect(Collectors.joining("・"));
	}
}
