package jp.kasane.participation;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * マッチング (3(3)ウ(ア)): ranks a host's menus for a person by fit, and says why in words.
 *
 * <p>Points: each wish the menu suits +3; each weekday in common +1; the same area +3, an area the
 * person can reach +1, a menu done at home +2, an area out of reach −3; short hours wanted and
 * possible +1, wanted and impossible −2; transport needed and offered +1, needed and not offered −2.
 *
 * <p>A menu that is full (capacity reached) or open on none of the person's days is never proposed
 * first: it is kept, marked with the reason ({@code caution}), and ranked after every available menu,
 * so the worker still sees it (e.g. to ask the host for another day). Inactive menus are left out.
 * Ties go to the menu with more free places, then by title, so the order is deterministic.
 */
final class MenuMatching {

	static final int PER_WISH = 3;
	static final int PER_DAY = 1;
	static final int SAME_AREA = 3;
	static final int REACHABLE_AREA = 1;
	static final int AT_HOME = 2;
	static final int OUT_OF_REACH = -3;
	static final int CONDITION_MET = 1;
	static final int CONDITION_UNMET = -2;

	private MenuMatching() {
	}

	static List<Proposal> rank(Needs needs, List<Menu> menus) {
		List<Scored> scored = new ArrayList<>();
		for (Menu menu : menus) {
			if (menu.active()) {
				scored.add(score(needs, menu));
			}
		}
		scored.sort(Comparator.comparing((Scored s) -> !s.available)
			.thenComparing(s -> -s.score)
			.thenComparing(s -> -s.menu.free())
			.thenComparing(s -> s.menu.title())
			.thenComparing(s -> s.menu.id()));
		List<Proposal> proposals = new ArrayList<>();
		for (int i = 0; i < scored.size(); i++) {
			Scored s = scored.get(i);
			proposals.add(new Proposal(i + 1, s.menu, s.score, s.available, s.caution, s.reasons));
		}
		return proposals;
	}

	private record Scored(Menu menu, int score, boolean available, String caution, List<String> reasons) {
	}

	private static Scored score(Needs needs, Menu menu) {
		int score = 0;
		List<String> reasons = new ArrayList<>();

		Set<Interest> wishes = EnumSet.noneOf(Interest.class);
		wishes.addAll(needs.interests());
		wishes.retainAll(menu.interests());
		if (wishes.isEmpty()) {
			reasons.add("希望との一致なし");
		}
		else {
			score += PER_WISH * wishes.size();
			reasons.add("希望に合う：" + Interest.labels(wishes));
		}

		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		days.addAll(needs.days());
		days.retainAll(menu.days());
		boolean outsideDays = days.isEmpty();
		if (outsideDays) {
			reasons.add("曜日が合わない（受け入れ：" + Weekdays.text(menu.days()) + "、本人：" + Weekdays.text(needs.days()) + "）");
		}
		else {
			score += PER_DAY * days.size();
			reasons.add("曜日が合う：" + Weekdays.text(days));
		}

		if (menu.remote()) {
			score += AT_HOME;
			reasons.add("在宅でできる");
		}
		else if (menu.area().equals(needs.area())) {
			score += SAME_AREA;
			reasons.add("同じ日常生活圏域（" + menu.area() + "）");
		}
		else if (needs.reachableAreas().contains(menu.area())) {
			score += REACHABLE_AREA;
			reasons.add("通える地域（" + menu.area() + "）");
		}
		else {
			score += OUT_OF_REACH;
			reasons.add("通える範囲の外（" + menu.area() + "）");
		}

		if (needs.shortHours()) {
			score += menu.shortHours() ? CONDITION_MET : CONDITION_UNMET;
			reasons.add(menu.shortHours() ? "短時間可" : "短時間の利用ができない");
		}
		if (needs.transport() && !menu.remote()) {
			score += menu.transport() ? CONDITION_MET : CONDITION_UNMET;
			reasons.add(menu.transport() ? "送迎あり" : "送迎なし");
		}

		boolean full = menu.full();
		reasons.add(full ? "満員（" + menu.placed() + "/" + menu.capacity() + "）" : "空き " + menu.free() + "/" + menu.capacity());
		String caution = full && outsideDays ? "満員・曜日が合わない" : full ? "満員" : outsideDays ? "曜日が合わない" : null;
		return new Scored(menu, score, caution == null, caution, reasons);
	}
}
