package jp.kasane.participation;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Takes the person's wishes from the plan (本人の目標): the interests whose words appear in the plan's
 * text, offered as a starting point for the worker, who confirms them with the person.
 */
final class PlanWishes {

	private static final Map<Interest, List<String>> WORDS = Map.ofEntries(
			Map.entry(Interest.TALKING, List.of("人と話す", "話す練習", "会話", "おしゃべり")),
			Map.entry(Interest.MOVING, List.of("体を動かす", "運動", "体力")),
			Map.entry(Interest.OUTDOOR, List.of("屋外", "外で", "外に出")),
			Map.entry(Interest.AT_HOME, List.of("在宅", "家で", "自宅で")),
			Map.entry(Interest.ANIMALS, List.of("動物", "犬", "猫", "ヤギ", "鶏")),
			Map.entry(Interest.COOKING, List.of("調理", "料理", "お菓子")),
			Map.entry(Interest.PLANTS, List.of("農作業", "畑", "植物", "花", "野菜")),
			Map.entry(Interest.CRAFT, List.of("ものづくり", "工作", "手作業", "作ること")),
			Map.entry(Interest.COMPUTER, List.of("パソコン", "ＰＣ", "PC", "入力")),
			Map.entry(Interest.BOOKS, List.of("図書", "本を", "本が", "読書")),
			Map.entry(Interest.CHILDREN, List.of("子ども", "子供")),
			Map.entry(Interest.ELDERLY, List.of("高齢者", "お年寄り")),
			Map.entry(Interest.CLEANING, List.of("掃除", "清掃", "片付け", "整理")),
			Map.entry(Interest.SALES, List.of("接客", "販売", "お店")),
			Map.entry(Interest.STUDY, List.of("勉強", "学び", "資格", "高卒認定")),
			Map.entry(Interest.QUIET, List.of("静か", "一人で", "ひとりで", "黙々")));

	private PlanWishes() {
	}

	static Set<Interest> suggest(String goals) {
		Set<Interest> found = EnumSet.noneOf(Interest.class);
		if (goals == null || goals.isBlank()) {
			return found;
		}
		WORDS.forEach((interest, words) -> {
			if (words.stream().anyMatch(goals::contains)) {
				found.add(interest);
			}
		});
		return found;
	}
}
