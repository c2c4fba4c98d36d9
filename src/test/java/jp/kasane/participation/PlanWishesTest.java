package jp.kasane.participation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Wishes taken from the plan's 本人の目標 as a starting point. */
class PlanWishesTest {

	@Test
	void findsTheWishesThePlanNames() {
		assertThat(PlanWishes.suggest("犬の散歩のように外で体を動かすことから始めたい。人と話すのは少しずつ"))
			.containsExactlyInAnyOrder(Interest.ANIMALS, Interest.OUTDOOR, Interest.MOVING, Interest.TALKING);
		assertThat(PlanWishes.suggest("家でパソコンの入力作業を、静かに続けたい"))
			.containsExactlyInAnyOrder(Interest.AT_HOME, Interest.COMPUTER, Interest.QUIET);
	}

	@Test
	void nothingFromAnEmptyOrUnrelatedPlan() {
		assertThat(PlanWishes.suggest(null)).isEmpty();
		assertThat(PlanWishes.suggest("  ")).isEmpty();
		assertThat(PlanWishes.suggest("生活のリズムを整える")).isEmpty();
	}
}
