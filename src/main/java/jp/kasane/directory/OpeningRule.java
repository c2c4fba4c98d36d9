package jp.kasane.directory;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import jp.kasane.shared.InvalidField;

/**
 * One recurring opening (開設日時) of a place, as HSDS 3 {@code schedule} expresses it: weekly on some
 * weekdays (毎週月・水・金曜 9:00〜17:00), or monthly on the n-th weekday (毎月第2火曜 10:00〜12:00; ordinal
 * {@code -1} is 最終). Valid by construction: at least one weekday, ordinals 1–5 or −1 for a monthly
 * rule and none for a weekly one, and opening before closing on the same day.
 */
public record OpeningRule(UUID id, Frequency freq, List<DayOfWeek> days, List<Integer> ordinals, LocalTime opensAt,
		LocalTime closesAt) {

	static final String FIELD = "schedules";
	private static final String WEEKDAYS = "月火水木金土日";
	private static final List<String> HSDS_DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
	private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("H:mm");

	public OpeningRule {
		if (freq == null) {
			throw new InvalidField(FIELD, "繰り返し（毎週・毎月）を指定してください");
		}
		if (days == null || days.isEmpty()) {
			throw new InvalidField(FIELD, "曜日を1つ以上指定してください");
		}
		days = days.stream().distinct().sorted().toList();
		ordinals = ordinals == null ? List.of() : ordinals.stream().distinct().sorted((a, b) -> order(a) - order(b)).toList();
		if (freq == Frequency.WEEKLY && !ordinals.isEmpty()) {
			throw new InvalidField(FIELD, "毎週の予定には「第n」を指定できません（毎月の予定にしてください）");
		}
		if (freq == Frequency.MONTHLY && ordinals.isEmpty()) {
			throw new InvalidField(FIELD, "毎月の予定には「第1」〜「第5」または「最終」を指定してください");
		}
		if (ordinals.stream().anyMatch(n -> n != -1 && (n < 1 || n > 5))) {
			throw new InvalidField(FIELD, "「第n」は第1〜第5または最終で指定してください");
		}
		if (opensAt == null || closesAt == null) {
			throw new InvalidField(FIELD, "開始時刻と終了時刻を指定してください");
		}
		if (!opensAt.isBefore(closesAt)) {
			throw new InvalidField(FIELD, "終了時刻は開始時刻より後にしてください（" + opensAt.format(SHORT) + "〜" + closesAt.format(SHORT) + "）");
		}
		id = id == null ? UUID.randomUUID() : id;
	}

	/** Whether the rule has an opening on this weekday in some week (a monthly rule: in some month). */
	public boolean opensOn(DayOfWeek day) {
		return days.contains(day);
	}

	/** Whether the rule has an opening on this very date. */
	public boolean opensOn(LocalDate date) {
		if (!days.contains(date.getDayOfWeek())) {
			return false;
		}
		if (freq == Frequency.WEEKLY) {
			return true;
		}
		boolean last = date.plusDays(7).getMonthValue() != date.getMonthValue();
		return ordinals.contains(ordinalInMonth(date)) || (last && ordinals.contains(-1));
	}

	/** Whether the opening overlaps the window (touching at an edge is not overlapping). */
	public boolean openDuring(TimeWindow window) {
		if (window.point()) {
			return !window.from().isBefore(opensAt) && window.from().isBefore(closesAt);
		}
		return opensAt.isBefore(window.to()) && closesAt.isAfter(window.from());
	}

	/** 第n: the 1st to 7th of a month are its first such weekday, the 29th to 31st its fifth. */
	static int ordinalInMonth(LocalDate date) {
		return (date.getDayOfMonth() - 1) / 7 + 1;
	}

	/** The rule in Japanese, e.g. 「毎週月・水・金曜 9:00〜17:00」「毎月第2火曜 10:00〜12:00」「毎日 0:00〜23:59」. */
	@JsonProperty("label")
	public String label() {
		String time = opensAt.format(SHORT) + "〜" + closesAt.format(SHORT);
		if (freq == Frequency.WEEKLY && days.size() == 7) {
			return "毎日 " + time;
		}
		String dayText = days.stream().map(d -> String.valueOf(WEEKDAYS.charAt(d.getValue() - 1))).collect(Collectors.joining("・"));
		String nth = ordinals.stream().map(n -> n == -1 ? "最終" : "第" + n).collect(Collectors.joining("・"));
		return freq.label() + nth + dayText + "曜 " + time;
	}

	/** HSDS {@code byday}: {@code MO,WE,FR} weekly, {@code 2TU} or {@code 1WE,3WE,-1WE} monthly. */
	@JsonProperty("byday")
	public String byday() {
		List<String> out = new ArrayList<>();
		if (freq == Frequency.WEEKLY) {
			days.forEach(d -> out.add(HSDS_DAYS.get(d.getValue() - 1)));
		}
		else {
			for (int n : ordinals) {
				days.forEach(d -> out.add(n + HSDS_DAYS.get(d.getValue() - 1)));
			}
		}
		return String.join(",", out);
	}

	private static final Pattern BYDAY = Pattern.compile("([+-]?\\d)?(MO|TU|WE|TH|FR|SA|SU)");

	/** Reads an HSDS schedule; refuses a {@code byday} that is not a full grid of ordinals and weekdays. */
	static OpeningRule fromHsds(UUID id, String freq, String byday, String opensAt, String closesAt) {
		Frequency f;
		try {
			f = Frequency.valueOf(String.valueOf(freq).strip().toUpperCase());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidField(FIELD, "繰り返し（freq）は WEEKLY か MONTHLY にしてください：" + freq);
		}
		Set<DayOfWeek> days = new LinkedHashSet<>();
		Set<Integer> ordinals = new LinkedHashSet<>();
		int tokens = 0;
		for (String token : String.valueOf(byday).split(",")) {
			Matcher m = BYDAY.matcher(token.strip().toUpperCase());
			if (!m.matches()) {
				throw new InvalidField(FIELD, "曜日（byday）が読めません：" + byday);
			}
			tokens++;
			days.add(DayOfWeek.of(HSDS_DAYS.indexOf(m.group(2)) + 1));
			if (m.group(1) != null) {
				ordinals.add(Integer.parseInt(m.group(1).replace("+", "")));
			}
		}
		if (tokens != days.size() * Math.max(1, ordinals.size())) {
			throw new InvalidField(FIELD, "曜日（byday）は、すべての第nに同じ曜日を並べてください：" + byday);
		}
		return new OpeningRule(id, f, List.copyOf(days), List.copyOf(ordinals), time(opensAt), time(closesAt));
	}

	private static LocalTime time(String text) {
		try {
			return text == null ? null : LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new InvalidField(FIELD, "時刻が読めません（例 09:00）：" + text);
		}
	}

	private static int order(int ordinal) {
		return ordinal == -1 ? 9 : ordinal;
	}
}
