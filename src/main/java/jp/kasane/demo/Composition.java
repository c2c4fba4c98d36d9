package jp.kasane.demo;

import java.util.Arrays;
import java.util.Random;

/** Household compositions (世帯類型) the generator mixes, with relative weights. */
enum Composition {
	/** 単身高齢者世帯. */
	SINGLE_ELDERLY(18, true, 20),
	/** 高齢夫婦世帯. */
	ELDERLY_COUPLE(14, true, 15),
	/** 8050世帯: a parent in their 80s and an unmarried child in their 50s. */
	EIGHTY_FIFTY(8, true, 10),
	/** ダブルケア世帯: childrearing and caring for a parent at once. */
	DOUBLE_CARE(7, false, 20),
	/** ひとり親世帯. */
	SINGLE_PARENT(12, false, 70),
	/** 乳幼児のいる若い夫婦の世帯. */
	YOUNG_COUPLE_WITH_BABY(9, false, 70),
	/** 三世代同居世帯. */
	THREE_GENERATIONS(8, true, 5),
	/** 稼働年齢層の単身世帯. */
	SINGLE_WORKING_AGE(11, false, 75),
	/** 夫婦と子の世帯. */
	COUPLE_WITH_CHILDREN(13, false, 35),
	/** きょうだい世帯 (e.g. a sibling with a disability after the parents died). */
	SIBLINGS(4, false, 30);

	private static final int TOTAL = Arrays.stream(values()).mapToInt(c -> c.weight).sum();

	private final int weight;
	private final boolean landlineLikely;
	private final int apartmentPercent;

	Composition(int weight, boolean landlineLikely, int apartmentPercent) {
		this.weight = weight;
		this.landlineLikely = landlineLikely;
		this.apartmentPercent = apartmentPercent;
	}

	static Composition pick(Random random) {
		int r = random.nextInt(TOTAL);
		for (Composition c : values()) {
			r -= c.weight;
			if (r < 0) {
				return c;
			}
		}
		throw new IllegalStateException();
	}

	/** Whether the household likely keeps a landline (固定電話). */
	boolean landlineLikely() {
		return landlineLikely;
	}

	/** Chance in percent that the household lives in an apartment (集合住宅). */
	int apartmentPercent() {
		return apartmentPercent;
	}
}
