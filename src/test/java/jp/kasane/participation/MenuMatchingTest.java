package jp.kasane.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The ranking of menus for a person, with fixed data: the order, the scores and the reasons in words. */
class MenuMatchingTest {

	private static final Set<DayOfWeek> TUE_THU = EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);

	/** A person in 北部 who can also reach 中部, free on Tuesday and Thursday, who likes animals and working outdoors. */
	private static final Needs NEEDS = needs(false, false);

	private static Needs needs(boolean shortHours, boolean transport) {
		return new Needs(UUID.randomUUID(), EnumSet.of(Interest.ANIMALS, Interest.OUTDOOR), "北部", List.of("中部"), TUE_THU,
				shortHours, transport, null, LocalDate.of(2026, 11, 24));
	}

	private static Menu menu(String title, Set<Interest> interests, Set<DayOfWeek> days, String area, int capacity, int placed) {
		return menu(title, interests, days, area, capacity, placed, false, false, false, true);
	}

	private static Menu menu(String title, Set<Interest> interests, Set<DayOfWeek> days, String area, int capacity, int placed,
			boolean shortHours, boolean transport, boolean remote, boolean active) {
		return new Menu(UUID.nameUUIDFromBytes(title.getBytes()), UUID.randomUUID(), "受け入れ先", MenuKind.PARTICIPATION, title,
				"作業", null, shortHours, transport, remote, days, "10:00〜12:00", area, capacity, placed, interests, null, active, 0);
	}

	private static final Menu CHICKENS = menu("鶏の世話", EnumSet.of(Interest.ANIMALS, Interest.OUTDOOR),
			EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), "北部", 1, 0);
	private static final Menu DOGS = menu("犬の散歩", EnumSet.of(Interest.ANIMALS, Interest.OUTDOOR, Interest.MOVING),
			EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY), "北部", 2, 2);
	private static final Menu VEGETABLES = menu("野菜の収穫", EnumSet.of(Interest.OUTDOOR, Interest.PLANTS), TUE_THU, "北部", 3, 2);
	private static final Menu VET = menu("動物病院の受付", EnumSet.of(Interest.ANIMALS), EnumSet.of(DayOfWeek.THURSDAY), "中部", 1, 0);
	private static final Menu DATA_ENTRY = menu("データ入力", EnumSet.of(Interest.AT_HOME, Interest.COMPUTER),
			EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "南部", 4, 0, true, false, true, true);
	private static final Menu WAREHOUSE = menu("倉庫の検品", EnumSet.of(Interest.CRAFT), EnumSet.of(DayOfWeek.TUESDAY), "南部", 2, 0);
	private static final Menu CLOSED = menu("休止中の畑", EnumSet.of(Interest.ANIMALS, Interest.OUTDOOR), TUE_THU, "北部", 5, 0,
			false, false, false, false);

	private static final List<Menu> TOWN = List.of(CHICKENS, DOGS, VEGETABLES, VET, DATA_ENTRY, WAREHOUSE, CLOSED);

	@Test
	void ranksByFitAndSaysWhy() {
		List<Proposal> ranked = MenuMatching.rank(NEEDS, TOWN);

		assertThat(ranked).extracting(p -> p.menu().title())
			.containsExactly("野菜の収穫", "動物病院の受付", "データ入力", "倉庫の検品", "犬の散歩", "鶏の世話");
		assertThat(ranked).extracting(Proposal::rank).containsExactly(1, 2, 3, 4, 5, 6);
		assertThat(ranked).extracting(Proposal::score).containsExactly(8, 5, 4, -2, 11, 9);

		assertThat(ranked.get(0).reasons()).containsExactly("希望に合う：屋外作業", "曜日が合う：火・木", "同じ日常生活圏域（北部）",
				"空き 1/3");
		assertThat(ranked.get(1).reasons()).containsExactly("希望に合う：動物", "曜日が合う：木", "通える地域（中部）", "空き 1/1");
		assertThat(ranked.get(2).reasons()).containsExactly("希望との一致なし", "曜日が合う：火・木", "在宅でできる", "空き 4/4");
		assertThat(ranked.get(3).reasons()).containsExactly("希望との一致なし", "曜日が合う：火", "通える範囲の外（南部）", "空き 2/2");
		assertThat(ranked.subList(0, 4)).allMatch(Proposal::available).allMatch(p -> p.caution() == null);
	}

	@Test
	void aFullMenuOrOneOutsideThePersonsDaysIsNeverFirstEvenWithTheHighestScore() {
		List<Proposal> ranked = MenuMatching.rank(NEEDS, TOWN);

		Proposal dogs = ranked.get(4);
		assertThat(dogs.menu()).isEqualTo(DOGS);
		assertThat(dogs.score()).as("the best fit on paper").isGreaterThan(ranked.get(0).score());
		assertThat(dogs.available()).isFalse();
		assertThat(dogs.caution()).isEqualTo("満員");
		assertThat(dogs.reasons()).containsExactly("希望に合う：屋外作業、動物", "曜日が合う：火・木", "同じ日常生活圏域（北部）", "満員（2/2）");

		Proposal chickens = ranked.get(5);
		assertThat(chickens.menu()).isEqualTo(CHICKENS);
		assertThat(chickens.caution()).isEqualTo("曜日が合わない");
		assertThat(chickens.reasons()).contains("曜日が合わない（受け入れ：月・水・金、本人：火・木）");

		// Whatever the other menus are, an unavailable one is first only if nothing is available.
		assertThat(MenuMatching.rank(NEEDS, List.of(DOGS, CHICKENS, WAREHOUSE)).get(0).menu()).isEqualTo(WAREHOUSE);
		assertThat(MenuMatching.rank(NEEDS, List.of(DOGS, CHICKENS)).get(0).available()).isFalse();
	}

	@Test
	void inactiveMenusAreNotProposed() {
		assertThat(MenuMatching.rank(NEEDS, TOWN)).extracting(p -> p.menu().title()).doesNotContain("休止中の畑");
	}

	@Test
	void capacityBoundary() {
		Menu oneLeft = menu("あと1人", EnumSet.of(Interest.ANIMALS), TUE_THU, "北部", 3, 2);
		Menu full = menu("ちょうど満員", EnumSet.of(Interest.ANIMALS), TUE_THU, "北部", 3, 3);
		Menu over = menu("定員超過", EnumSet.of(Interest.ANIMALS), TUE_THU, "北部", 3, 4);
		List<Proposal> ranked = MenuMatching.rank(NEEDS, List.of(full, over, oneLeft));
		assertThat(ranked.get(0).menu()).isEqualTo(oneLeft);
		assertThat(ranked.get(0).reasons()).endsWith("空き 1/3");
		assertThat(ranked.subList(1, 3)).allMatch(p -> "満員".equals(p.caution()));
		assertThat(ranked.get(1).reasons()).endsWith("満員（3/3）");
	}

	@Test
	void oneDayInCommonIsEnoughAndNoneIsNot() {
		Menu oneDay = menu("木曜だけ", Set.of(), EnumSet.of(DayOfWeek.THURSDAY), "北部", 1, 0);
		Menu noDay = menu("金曜だけ", Set.of(), EnumSet.of(DayOfWeek.FRIDAY), "北部", 1, 0);
		List<Proposal> ranked = MenuMatching.rank(NEEDS, List.of(noDay, oneDay));
		assertThat(ranked).extracting(p -> p.menu().title()).containsExactly("木曜だけ", "金曜だけ");
		assertThat(ranked.get(0).available()).isTrue();
		assertThat(ranked.get(1).caution()).isEqualTo("曜日が合わない");
	}

	@Test
	void fullAndOutsideDaysTogetherAreBothNamed() {
		Menu both = menu("満員で金曜", Set.of(), EnumSet.of(DayOfWeek.FRIDAY), "北部", 1, 1);
		assertThat(MenuMatching.rank(NEEDS, List.of(both)).get(0).caution()).isEqualTo("満員・曜日が合わない");
	}

	@Test
	void shortHoursAndTransportCountOnlyWhenThePersonNeedsThem() {
		Menu withBoth = menu("短時間・送迎あり", Set.of(), TUE_THU, "北部", 1, 0, true, true, false, true);
		Menu without = menu("長時間・送迎なし", Set.of(), TUE_THU, "北部", 1, 0, false, false, false, true);

		List<Proposal> indifferent = MenuMatching.rank(NEEDS, List.of(withBoth, without));
		assertThat(indifferent.get(0).score()).isEqualTo(indifferent.get(1).score());
		assertThat(indifferent.get(0).reasons()).noneMatch(r -> r.contains("送迎") || r.contains("短時間"));

		List<Proposal> needing = MenuMatching.rank(needs(true, true), List.of(without, withBoth));
		assertThat(needing).extracting(p -> p.menu().title()).containsExactly("短時間・送迎あり", "長時間・送迎なし");
		assertThat(needing.get(0).score() - needing.get(1).score()).isEqualTo(2 * (MenuMatching.CONDITION_MET - MenuMatching.CONDITION_UNMET));
		assertThat(needing.get(0).reasons()).contains("短時間可", "送迎あり");
		assertThat(needing.get(1).reasons()).contains("短時間の利用ができない", "送迎なし");
	}

	@Test
	void tiesGoToMoreFreePlacesThenTitle() {
		Menu a = menu("あ", Set.of(), TUE_THU, "北部", 2, 1);
		Menu b = menu("い", Set.of(), TUE_THU, "北部", 5, 1);
		Menu c = menu("う", Set.of(), TUE_THU, "北部", 2, 1);
		assertThat(MenuMatching.rank(NEEDS, List.of(c, a, b))).extracting(p -> p.menu().title()).containsExactly("い", "あ", "う");
	}
}
