package jp.kasane.demo;

import java.util.List;
import java.util.Random;

/** A fictional address (住所) in かさね市: 町名, 丁目・番・号 and optionally a building and room. */
record DemoAddress(TownArea area, int chome, int ban, int go, String building, String room) {

	static final String CITY = "東京都かさね市";

	private static final List<String> BUILDINGS = List.of("ハイツ", "コーポ", "メゾン");
	private static final List<String> NAMED_BUILDINGS = List.of("グリーンハイツ", "サンハイム", "パークサイドかさね",
			"ひまわり荘", "かさねレジデンス", "第二さくら荘");

	static DemoAddress random(Random random, int apartmentPercent) {
		return random(random, apartmentPercent, TownArea.ALL);
	}

	static DemoAddress random(Random random, int apartmentPercent, List<TownArea> areas) {
		TownArea area = areas.get(random.nextInt(areas.size()));
		int chome = 1 + random.nextInt(5);
		int ban = 1 + random.nextInt(28);
		int go = 1 + random.nextInt(20);
		if (random.nextInt(100) >= apartmentPercent) {
			return new DemoAddress(area, chome, ban, go, null, null);
		}
		String building = random.nextBoolean()
				? BUILDINGS.get(random.nextInt(BUILDINGS.size())) + area.name()
				: NAMED_BUILDINGS.get(random.nextInt(NAMED_BUILDINGS.size()));
		String room = (1 + random.nextInt(4)) + "0" + (1 + random.nextInt(8));
		return new DemoAddress(area, chome, ban, go, building, room);
	}

	String postalCode() {
		return area.postalCode();
	}

	/** Formal notation, e.g. 「東京都かさね市北町2丁目14番3号 ハイツ北町201号室」. */
	String line() {
		String base = CITY + area.name() + chome + "丁目" + ban + "番" + go + "号";
		return building == null ? base : base + " " + building + room + "号室";
	}

	/** Hyphenated notation as people often write it, e.g. 「東京都かさね市北町2-14-3 ハイツ北町201」. */
	String shortLine() {
		String base = CITY + area.name() + chome + "-" + ban + "-" + go;
		return building == null ? base : base + " " + building + room;
	}
}
