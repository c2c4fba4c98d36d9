package jp.kasane.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Date rules of outreach work at their boundaries, and how the time since the last contact reads. */
class OutreachDatesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
	private static final LocalDate KNOWN = LocalDate.of(2026, 4, 1);

	@Test
	void anAttemptLiesBetweenTheDayThePersonBecameKnownAndToday() {
		assertThat(OutreachDates.attempt(TODAY, KNOWN, TODAY)).isEmpty();
		assertThat(OutreachDates.attempt(KNOWN, KNOWN, TODAY)).isEmpty();
		assertThat(OutreachDates.attempt(TODAY.plusDays(1), KNOWN, TODAY)).get()
			.satisfies(e -> assertThat(e.field()).isEqualTo("attemptedOn"))
			.satisfies(e -> assertThat(e.getMessage()).contains("未来"));
		assertThat(OutreachDates.attempt(KNOWN.minusDays(1), KNOWN, TODAY)).get()
			.satisfies(e -> assertThat(e.getMessage()).contains("把握した日"));
	}

	@Test
	void knownOnNotesAndPlansHaveTheirOwnLimits() {
		assertThat(OutreachDates.knownOn(TODAY, TODAY)).isEmpty();
		assertThat(OutreachDates.knownOn(TODAY.plusDays(1), TODAY)).get().satisfies(e -> assertThat(e.field()).isEqualTo("knownOn"));
		assertThat(OutreachDates.note(TODAY, TODAY)).isEmpty();
		assertThat(OutreachDates.note(TODAY.plusDays(1), TODAY)).get().satisfies(e -> assertThat(e.field()).isEqualTo("notedOn"));
		assertThat(OutreachDates.nextContact(TODAY, TODAY)).as("today is a valid plan").isEmpty();
		assertThat(OutreachDates.nextContact(null, TODAY)).as("no plan").isEmpty();
		assertThat(OutreachDates.nextContact(TODAY.minusDays(1), TODAY)).get()
			.satisfies(e -> assertThat(e.field()).isEqualTo("nextContactOn"));
	}

	@Test
	void aStageChangeKeepsTheHistoryInOrder() {
		LocalDate previous = TODAY.minusDays(10);
		assertThat(OutreachDates.stageChange(previous, previous, TODAY)).as("same day as the previous change").isEmpty();
		assertThat(OutreachDates.stageChange(TODAY, previous, TODAY)).isEmpty();
		assertThat(OutreachDates.stageChange(previous.minusDays(1), previous, TODAY)).get()
			.satisfies(e -> assertThat(e.field()).isEqualTo("changedOn"))
			.satisfies(e -> assertThat(e.getMessage()).contains("前回の変更"));
		assertThat(OutreachDates.stageChange(TODAY.plusDays(1), previous, TODAY)).get()
			.satisfies(e -> assertThat(e.getMessage()).contains("未来"));
	}

	@Test
	void elapsedTimeIsInDaysThenInMonths() {
		assertThat(OutreachDates.elapsed(TODAY, TODAY)).isEqualTo("0日");
		assertThat(OutreachDates.elapsed(TODAY.minusDays(59), TODAY)).isEqualTo("59日");
		assertThat(OutreachDates.elapsed(TODAY.minusDays(60), TODAY)).isEqualTo("1か月（60日）");
		assertThat(OutreachDates.elapsed(TODAY.minusMonths(14), TODAY)).startsWith("14か月");
		assertThat(OutreachDates.sinceLastContact(TODAY.minusDays(12), KNOWN, TODAY)).isEqualTo("最終接触から12日");
		assertThat(OutreachDates.sinceLastContact(null, TODAY.minusDays(3), TODAY)).isEqualTo("まだ接触なし（把握から3日）");
	}
}
