package jp.kasane.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jp.kasane.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The stages of a placement, its capacity and who may receive a 謝礼, at their boundaries. */
class PlacementRulesTest {

	private static final LocalDate STARTED = LocalDate.of(2026, 10, 1);

	@Test
	void stagesGoForwardOnlyInOrderAndMayEndFromAnyStage() {
		assertThatCode(() -> PlacementRules.checkMove(PlacementStatus.PROPOSED, PlacementStatus.TRIAL)).doesNotThrowAnyException();
		assertThatCode(() -> PlacementRules.checkMove(PlacementStatus.PROPOSED, PlacementStatus.ACTIVE)).as("体験 may be skipped")
			.doesNotThrowAnyException();
		assertThatCode(() -> PlacementRules.checkMove(PlacementStatus.TRIAL, PlacementStatus.ACTIVE)).doesNotThrowAnyException();
		assertThatCode(() -> PlacementRules.checkMove(PlacementStatus.ACTIVE, PlacementStatus.SETTLED)).doesNotThrowAnyException();
		assertRefused(PlacementStatus.PROPOSED, PlacementStatus.SETTLED);
		assertRefused(PlacementStatus.ACTIVE, PlacementStatus.TRIAL);
		assertRefused(PlacementStatus.SETTLED, PlacementStatus.ACTIVE);
		assertRefused(PlacementStatus.ENDED, PlacementStatus.ACTIVE);
		assertRefused(PlacementStatus.ACTIVE, PlacementStatus.ENDED);
	}

	@ParameterizedTest
	@EnumSource(PlacementStatus.class)
	void onlyTrialActiveAndSettledTakeAPlace(PlacementStatus status) {
		assertThat(status.occupies()).isEqualTo(EnumSet.of(PlacementStatus.TRIAL, PlacementStatus.ACTIVE, PlacementStatus.SETTLED)
			.contains(status));
	}

	@Test
	void aFullMenuRefusesTheNextPerson() {
		assertThatCode(() -> PlacementRules.checkCapacity(menu(3, 2))).doesNotThrowAnyException();
		assertThatThrownBy(() -> PlacementRules.checkCapacity(menu(3, 3))).isInstanceOfSatisfying(RuleViolation.class,
				ex -> assertThat(ex.code()).isEqualTo("MENU_FULL"));
	}

	@Test
	void honorariumOnlyToAHostThatHostedThePerson() {
		assertThat(PlacementRules.honorariumAllowed(PlacementStatus.PROPOSED, null)).isFalse();
		assertThat(PlacementRules.honorariumAllowed(PlacementStatus.TRIAL, null)).isFalse();
		assertThat(PlacementRules.honorariumAllowed(PlacementStatus.ACTIVE, STARTED)).isTrue();
		assertThat(PlacementRules.honorariumAllowed(PlacementStatus.SETTLED, STARTED)).isTrue();
		assertThat(PlacementRules.honorariumAllowed(PlacementStatus.ENDED, STARTED)).as("ended after hosting").isTrue();
		assertThat(PlacementRules.honorariumAllowed(PlacementStatus.ENDED, null)).as("ended before it started").isFalse();
		assertThatThrownBy(() -> PlacementRules.checkHonorarium(PlacementStatus.TRIAL, null))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.code()).isEqualTo("HONORARIUM_NOT_ALLOWED"));
	}

	private static void assertRefused(PlacementStatus from, PlacementStatus to) {
		assertThatThrownBy(() -> PlacementRules.checkMove(from, to)).isInstanceOfSatisfying(RuleViolation.class,
				ex -> assertThat(ex.code()).isEqualTo("PLACEMENT_INVALID_TRANSITION"));
	}

	private static Menu menu(int capacity, int placed) {
		return new Menu(UUID.randomUUID(), UUID.randomUUID(), "受け入れ先", MenuKind.WORK, "メニュー", "作業", null, false, false,
				false, EnumSet.of(DayOfWeek.MONDAY), null, "北部", capacity, placed, Set.of(), null, true, 0);
	}
}
