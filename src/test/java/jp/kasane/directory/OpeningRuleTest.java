package jp.kasane.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jp.kasane.shared.InvalidField;
import org.junit.jupiter.api.Test;

/** The schedule rule and the "is it open on … in …" question at their boundaries. */
class OpeningRuleTest {

	// March 2026 has five Tuesdays (3, 10, 17, 24, 31); February 2026 has four (3, 10, 17, 24).
	private static final OpeningRule SECOND_TUESDAY = OpeningRule.fromHsds(null, "MONTHLY", "2TU", "10:00", "12:00");
	private static final OpeningRule FIFTH_TUESDAY = OpeningRule.fromHsds(null, "MONTHLY", "5TU", "10:00", "12:00");
	private static final OpeningRule LAST_TUESDAY = OpeningRule.fromHsds(null, "MONTHLY", "-1TU", "10:00", "12:00");
	private static final OpeningRule MON_WED_FRI = OpeningRule.fromHsds(null, "WEEKLY", "MO,WE,FR", "09:00", "17:00");

	@Test
	void nthWeekdayCountsFromTheFirstOfTheMonth() {
		assertThat(LocalDate.of(2026, 3, 3).getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
		assertThat(SECOND_TUESDAY.opensOn(LocalDate.of(2026, 3, 10))).isTrue();
		assertThat(SECOND_TUESDAY.opensOn(LocalDate.of(2026, 3, 3))).isFalse();
		assertThat(SECOND_TUESDAY.opensOn(LocalDate.of(2026, 3, 17))).isFalse();
		assertThat(SECOND_TUESDAY.opensOn(LocalDate.of(2026, 3, 11))).as("2nd Wednesday").isFalse();
		// the 8th is the first day of the second week, the 14th its last
		assertThat(OpeningRule.ordinalInMonth(LocalDate.of(2026, 3, 7))).isEqualTo(1);
		assertThat(OpeningRule.ordinalInMonth(LocalDate.of(2026, 3, 8))).isEqualTo(2);
		assertThat(OpeningRule.ordinalInMonth(LocalDate.of(2026, 3, 14))).isEqualTo(2);
		assertThat(OpeningRule.ordinalInMonth(LocalDate.of(2026, 3, 29))).isEqualTo(5);
	}

	@Test
	void fifthWeekdayOnlyInMonthsThatHaveOne() {
		assertThat(FIFTH_TUESDAY.opensOn(LocalDate.of(2026, 3, 31))).isTrue();
		assertThat(LocalDate.of(2026, 2, 1).datesUntil(LocalDate.of(2026, 3, 1)).filter(FIFTH_TUESDAY::opensOn)).isEmpty();
		assertThat(FIFTH_TUESDAY.opensOn(LocalDate.of(2026, 3, 24))).isFalse();
	}

	@Test
	void lastWeekdayIsTheFifthOrTheFourth() {
		assertThat(LAST_TUESDAY.opensOn(LocalDate.of(2026, 3, 31))).isTrue();
		assertThat(LAST_TUESDAY.opensOn(LocalDate.of(2026, 3, 24))).as("4th of five").isFalse();
		assertThat(LAST_TUESDAY.opensOn(LocalDate.of(2026, 2, 24))).as("4th of four").isTrue();
		assertThat(LAST_TUESDAY.label()).isEqualTo("毎月最終火曜 10:00〜12:00");
	}

	@Test
	void aWeekdayQueryCountsMonthlyRulesOnThatWeekday() {
		assertThat(SECOND_TUESDAY.opensOn(DayOfWeek.TUESDAY)).isTrue();
		assertThat(SECOND_TUESDAY.opensOn(DayOfWeek.WEDNESDAY)).isFalse();
		assertThat(MON_WED_FRI.opensOn(DayOfWeek.WEDNESDAY)).isTrue();
		assertThat(MON_WED_FRI.opensOn(DayOfWeek.SATURDAY)).isFalse();
	}

	@Test
	void touchingTheOpeningOrClosingTimeIsNotOpen() {
		assertThat(SECOND_TUESDAY.openDuring(TimeWindow.AFTERNOON)).as("closes at 12:00 sharp").isFalse();
		assertThat(SECOND_TUESDAY.openDuring(TimeWindow.MORNING)).isTrue();
		assertThat(SECOND_TUESDAY.openDuring(window("08:00", "10:00"))).as("window ends as it opens").isFalse();
		assertThat(SECOND_TUESDAY.openDuring(window("08:00", "10:01"))).isTrue();
		assertThat(SECOND_TUESDAY.openDuring(window("11:59", "13:00"))).isTrue();
		assertThat(SECOND_TUESDAY.openDuring(at("10:00"))).as("at the opening minute").isTrue();
		assertThat(SECOND_TUESDAY.openDuring(at("09:59"))).isFalse();
		assertThat(SECOND_TUESDAY.openDuring(at("11:59"))).isTrue();
		assertThat(SECOND_TUESDAY.openDuring(at("12:00"))).as("at the closing minute").isFalse();
	}

	@Test
	void saturdayAfternoon() {
		OpeningQuery saturdayAfternoon = OpeningQuery.parse("土曜", "午後");
		assertThat(saturdayAfternoon.window()).isEqualTo(new TimeWindow(LocalTime.NOON, LocalTime.of(18, 0)));
		assertThat(saturdayAfternoon.matches(List.of(OpeningRule.fromHsds(null, "WEEKLY", "SA", "11:30", "14:00")))).isTrue();
		assertThat(saturdayAfternoon.matches(List.of(OpeningRule.fromHsds(null, "WEEKLY", "SA", "10:00", "12:00")))).isFalse();
		assertThat(saturdayAfternoon.matches(List.of(OpeningRule.fromHsds(null, "WEEKLY", "SU", "13:00", "16:00")))).isFalse();
		assertThat(saturdayAfternoon.matches(List.of(OpeningRule.fromHsds(null, "WEEKLY", "SA", "18:00", "20:00")))).isFalse();
		assertThat(saturdayAfternoon.matches(List.of(MON_WED_FRI, OpeningRule.fromHsds(null, "MONTHLY", "2SA", "13:00", "16:00"))))
			.as("any rule of the place").isTrue();
		assertThat(saturdayAfternoon.matches(List.of())).as("no schedule, no answer").isFalse();
		assertThat(OpeningQuery.ANY.matches(List.of())).isTrue();
	}

	@Test
	void aDateQueryAsksForThatDay() {
		OpeningRule secondSaturday = OpeningRule.fromHsds(null, "MONTHLY", "2SA", "10:00", "12:00");
		assertThat(OpeningQuery.parse("2026-03-14", "午前").matches(List.of(secondSaturday))).isTrue();
		assertThat(OpeningQuery.parse("2026-03-21", "午前").matches(List.of(secondSaturday))).isFalse();
		assertThat(OpeningQuery.parse("2026-03-14", "午後").matches(List.of(secondSaturday))).isFalse();
	}

	@Test
	void readsDaysAndTimesAsPeopleWriteThem() {
		assertThat(OpeningQuery.parse("土", null).weekday()).isEqualTo(DayOfWeek.SATURDAY);
		assertThat(OpeningQuery.parse("土曜日", null).weekday()).isEqualTo(DayOfWeek.SATURDAY);
		assertThat(OpeningQuery.parse("sa", null).weekday()).isEqualTo(DayOfWeek.SATURDAY);
		assertThat(OpeningQuery.parse("saturday", null).weekday()).isEqualTo(DayOfWeek.SATURDAY);
		assertThat(OpeningQuery.parse(null, "夜間").window()).isEqualTo(TimeWindow.NIGHT);
		assertThat(OpeningQuery.parse(null, "13:00-15:00").window()).isEqualTo(window("13:00", "15:00"));
		assertThat(OpeningQuery.parse(" ", "").asksSomething()).isFalse();
		assertThatThrownBy(() -> OpeningQuery.parse("金曜x", null)).isInstanceOf(InvalidField.class)
			.satisfies(e -> assertThat(((InvalidField) e).field()).isEqualTo("day"));
		assertThatThrownBy(() -> OpeningQuery.parse("2026-02-30", null)).isInstanceOf(InvalidField.class);
		assertThatThrownBy(() -> OpeningQuery.parse(null, "夕方")).isInstanceOf(InvalidField.class)
			.satisfies(e -> assertThat(((InvalidField) e).field()).isEqualTo("time"));
		assertThatThrownBy(() -> OpeningQuery.parse(null, "15:00-13:00")).isInstanceOf(InvalidField.class);
		assertThatThrownBy(() -> OpeningQuery.parse(null, "25:00")).isInstanceOf(InvalidField.class);
	}

	@Test
	void rendersInJapaneseAndReadsItBack() {
		List<OpeningRule> rules = ScheduleText.parse("毎週月水金 9:00-17:00\n\n毎月第2火曜 10:00〜12:00\n毎月第1・第3水曜日 13:30～15:30");
		assertThat(rules).extracting(OpeningRule::label)
			.containsExactly("毎週月・水・金曜 9:00〜17:00", "毎月第2火曜 10:00〜12:00", "毎月第1・第3水曜 13:30〜15:30");
		assertThat(rules).extracting(OpeningRule::byday).containsExactly("MO,WE,FR", "2TU", "1WE,3WE");
		List<OpeningRule> daily = ScheduleText.parse("毎日 0:00-23:59");
		assertThat(daily.get(0).label()).isEqualTo("毎日 0:00〜23:59");
		assertThat(daily.get(0).byday()).isEqualTo("MO,TU,WE,TH,FR,SA,SU");
		assertThatThrownBy(() -> ScheduleText.parse("毎日月 9:00-10:00")).hasMessageContaining("「毎日」のあとに曜日は書けません");
		assertThatThrownBy(() -> ScheduleText.parse("毎週 9:00-10:00")).hasMessageContaining("曜日を1つ以上");
		List<OpeningRule> again = ScheduleText.parse(ScheduleText.format(rules));
		assertThat(again).extracting(OpeningRule::label).isEqualTo(rules.stream().map(OpeningRule::label).toList());
	}

	@Test
	void refusesImpossibleRulesWithAJapaneseReason() {
		assertThatThrownBy(() -> ScheduleText.parse("毎週月 17:00-9:00")).isInstanceOf(InvalidField.class)
			.hasMessageContaining("終了時刻は開始時刻より後");
		assertThatThrownBy(() -> ScheduleText.parse("毎週月 10:00-10:00")).hasMessageContaining("終了時刻は開始時刻より後");
		assertThatThrownBy(() -> ScheduleText.parse("毎月火曜 10:00-12:00")).hasMessageContaining("第1");
		assertThatThrownBy(() -> ScheduleText.parse("毎週第2火曜 10:00-12:00")).hasMessageContaining("毎週の予定には");
		assertThatThrownBy(() -> ScheduleText.parse("毎月第6火曜 10:00-12:00")).hasMessageContaining("2行目".replace("2", "1"));
		assertThatThrownBy(() -> ScheduleText.parse("毎週月 25:00-26:00")).hasMessageContaining("0:00〜23:59");
		assertThatThrownBy(() -> ScheduleText.parse("ときどき")).hasMessageContaining("の形で書いてください");
		assertThatThrownBy(() -> ScheduleText.parse("毎週月曜と木曜 9:00-10:00")).hasMessageContaining("曜日は月・火");
		assertThatThrownBy(() -> OpeningRule.fromHsds(null, "MONTHLY", "1WE,3TH", "10:00", "12:00"))
			.hasMessageContaining("すべての第nに同じ曜日");
		assertThatThrownBy(() -> OpeningRule.fromHsds(null, "DAILY", "MO", "10:00", "12:00")).hasMessageContaining("WEEKLY か MONTHLY");
		assertThatThrownBy(() -> OpeningRule.fromHsds(null, "WEEKLY", "XX", "10:00", "12:00")).hasMessageContaining("曜日（byday）が読めません");
	}

	private static TimeWindow window(String from, String to) {
		return new TimeWindow(LocalTime.parse(from), LocalTime.parse(to));
	}

	private static TimeWindow at(String time) {
		return new TimeWindow(LocalTime.parse(time), LocalTime.parse(time));
	}
}
