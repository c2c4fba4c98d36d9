package jp.kasane.demo;

import java.util.List;

/**
 * A 町名 of かさね市 with its postal code and the 日常生活圏域 (north or south)
 * that decides which 地域包括支援センター is responsible.
 */
record TownArea(String name, String postalCode, boolean north) {

	static final List<TownArea> ALL = List.of(
			new TownArea("北町", "139-0011", true),
			new TownArea("南台", "139-0012", false),
			new TownArea("本町", "139-0013", false),
			new TownArea("桜ヶ丘", "139-0014", true),
			new TownArea("川原町", "139-0015", false),
			new TownArea("緑が丘", "139-0016", true),
			new TownArea("東雲", "139-0017", false),
			new TownArea("西野", "139-0018", true),
			new TownArea("旭町", "139-0019", true),
			new TownArea("若葉台", "139-0020", false));

	/** The areas of one 日常生活圏域. */
	static List<TownArea> inDistrict(boolean north) {
		return ALL.stream().filter(a -> a.north == north).toList();
	}

	/** Code of the 地域包括支援センター covering this area. */
	String communityCenterCode() {
		return north ? DemoAgencies.HOKATSU_NORTH : DemoAgencies.HOKATSU_SOUTH;
	}
}
