package jp.kasane.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jp.kasane.shared.InvalidField;

/**
 * The schedules of a place as people write them on the form, one rule a line: 「毎週月・水・金曜 9:00〜17:00」,
 * 「毎週土 13:00-16:00」, 「毎日 0:00〜23:59」, 「毎月第2火曜 10:00〜12:00」, 「毎月第1・第3水曜 …」, 「毎月最終金曜 …」. What
 * {@link OpeningRule#label()} prints reads back to the same rule.
 */
final class ScheduleText {

	private static final Pattern LINE = Pattern.compile(
			"(毎週|毎月|毎日)\\s*(.*?)\\s*(\\d{1,2}[:：]\\d{2})\\s*[〜~～\\-－–ー]\\s*(\\d{1,2}[:：]\\d{2})");
	private static final Pattern NTH = Pattern.compile("第([1-5１-５])|最終");
	private static final String WEEKDAYS = "月火水木金土日";

	private ScheduleText() {
	}

	static String format(List<OpeningRule> rules) {
		return rules.stream().map(OpeningRule::label).collect(Collectors.joining("\n"));
	}

	static List<OpeningRule> parse(String text) {
		List<OpeningRule> rules = new ArrayList<>();
		if (text == null) {
			return rules;
		}
		String[] lines = text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = java.text.Normalizer.normalize(lines[i], java.text.Normalizer.Form.NFKC).strip();
			if (line.isEmpty()) {
				continue;
			}
			String where = (i + 1) + "行目「" + line + "」：";
			Matcher m = LINE.matcher(line);
			if (!m.matches()) {
				throw new InvalidField(OpeningRule.FIELD, where + "「毎週月・水・金曜 9:00〜17:00」「毎月第2火曜 10:00〜12:00」の形で書いてください");
			}
			Frequency freq = m.group(1).equals("毎月") ? Frequency.MONTHLY : Frequency.WEEKLY;
			List<Integer> ordinals = new ArrayList<>();
			Matcher nth = NTH.matcher(m.group(2));
			while (nth.find()) {
				ordinals.add(nth.group(1) == null ? -1 : Character.getNumericValue(nth.group(1).charAt(0)));
			}
			if (m.group(1).equals("毎日")) {
				if (!m.group(2).isBlank()) {
					throw new InvalidField(OpeningRule.FIELD, where + "「毎日」のあとに曜日は書けません");
				}
				rules.add(new OpeningRule(null, freq, List.of(DayOfWeek.values()), List.of(), time(m.group(3), where),
						time(m.group(4), where)));
				continue;
			}
			String rest = NTH.matcher(m.group(2)).replaceAll("").replaceAll("曜日|曜|[・、,\\s]", "");
			List<DayOfWeek> days = new ArrayList<>();
			for (char c : rest.toCharArray()) {
				int index = WEEKDAYS.indexOf(c);
				if (index < 0) {
					throw new InvalidField(OpeningRule.FIELD, where + "曜日は月・火・水・木・金・土・日で書いてください");
				}
				days.add(DayOfWeek.of(index + 1));
			}
			try {
				rules.add(new OpeningRule(null, freq, days, ordinals, time(m.group(3), where), time(m.group(4), where)));
			}
			catch (InvalidField ex) {
				throw new InvalidField(OpeningRule.FIELD, where + ex.getMessage());
			}
		}
		return rules;
	}

	private static LocalTime time(String text, String where) {
		String[] parts = text.replace('：', ':').split(":");
		int hour = Integer.parseInt(parts[0]);
		int minute = Integer.parseInt(parts[1]);
		if (hour > 23 || minute > 59) {
			throw new InvalidField(OpeningRule.FIELD, where + "時刻「" + text + "」は0:00〜23:59で書いてください");
		}
		return LocalTime.of(hour, minute);
	}
}
