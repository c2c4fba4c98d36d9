package jp.kasane.rules;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * こども家庭センター 児童福祉機能の施設類型 (別記1の3【別添4】) with its child-population band and the minimum
 * staffing of 【別表】1 (「常時○名」; 0 where the table shows －).
 */
public enum ChildCenterType {

	SMALL_A("小規模A型", 0, 9_000, "児童人口概ね0.9万人未満", "人口約5.6万人未満", 2, 0, 0),
	SMALL_B("小規模B型", 9_000, 18_000, "児童人口概ね0.9万人以上1.8万人未満", "人口約5.6万人以上約11.3万人未満", 2, 0, 1),
	SMALL_C("小規模C型", 18_000, 27_000, "児童人口概ね1.8万人以上2.7万人未満", "人口約11.3万人以上約17万人未満", 2, 0, 2),
	MEDIUM("中規模型", 27_000, 72_000, "児童人口概ね2.7万人以上7.2万人未満", "人口約17万人以上約45万人未満", 3, 1, 2),
	LARGE("大規模型", 72_000, Long.MAX_VALUE, "児童人口概ね7.2万人以上", "人口約45万人以上", 5, 2, 4);

	public static final String FAMILY_SUPPORT = "子ども家庭支援員";
	public static final String PSYCHOLOGICAL = "心理担当支援員";
	public static final String ABUSE_RESPONSE = "虐待対応専門員";

	private final String label;
	private final long from;
	private final long below;
	private final String band;
	private final String population;
	private final int familySupport;
	private final int psychological;
	private final int abuseResponse;

	ChildCenterType(String label, long from, long below, String band, String population, int familySupport,
			int psychological, int abuseResponse) {
		this.label = label;
		this.from = from;
		this.below = below;
		this.band = band;
		this.population = population;
		this.familySupport = familySupport;
		this.psychological = psychological;
		this.abuseResponse = abuseResponse;
	}

	/** The type for a child population: 「以上」 includes the bound, 「未満」 excludes it. */
	public static ChildCenterType forChildPopulation(long childPopulation) {
		if (childPopulation < 0) {
			throw new IllegalArgumentException("child population must not be negative");
		}
		return Arrays.stream(values()).filter(t -> childPopulation >= t.from && (childPopulation < t.below || t.below == Long.MAX_VALUE)).findFirst()
			.orElseThrow();
	}

	public String label() {
		return label;
	}

	/** The lowest child population of the type (inclusive). */
	public long from() {
		return from;
	}

	public String band() {
		return band;
	}

	public String approximatePopulation() {
		return population;
	}

	public int abuseResponseSpecialists() {
		return abuseResponse;
	}

	/** 小規模B型以上 (the condition of the 虐待対応専門員 top-up). */
	public boolean atLeastSmallB() {
		return this != SMALL_A;
	}

	/** The minimum staff by role, in the order of 【別表】1. */
	public Map<String, Integer> minimumStaff() {
		Map<String, Integer> staff = new LinkedHashMap<>();
		staff.put(FAMILY_SUPPORT, familySupport);
		staff.put(PSYCHOLOGICAL, psychological);
		staff.put(ABUSE_RESPONSE, abuseResponse);
		return staff;
	}

	public int total() {
		return familySupport + psychological + abuseResponse;
	}
}
