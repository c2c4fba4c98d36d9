package jp.kasane.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.kasane.shared.FiscalYear;
import org.junit.jupiter.api.Test;

/** The network rules at the boundaries the seeds draw. */
class NetworkRulesTest {

	@Test
	void designatedAreasNeedAtLeastTwo() {
		assertThat(RegionalAreaRule.refusal(false, 1)).get().extracting(Refusal::code).isEqualTo("REGIONAL_AREAS_TOO_FEW");
		assertThat(RegionalAreaRule.refusal(false, 1).orElseThrow().message()).contains("2地域以上", "2(5)ア");
		assertThat(RegionalAreaRule.refusal(false, 0)).isPresent();
		assertThat(RegionalAreaRule.refusal(false, 2)).isEmpty();
		assertThat(RegionalAreaRule.refusal(true, 0)).as("the whole municipality needs no list").isEmpty();
		assertThat(RegionalAreaRule.refusal(true, 1)).isEmpty();
	}

	@Test
	void endingAnAreaKeepsAtLeastTwoWhenOnlyPartOfTheTownIsCovered() {
		assertThat(RegionalAreaRule.endRefusal(false, 3, "東小学校区")).as("3 → 2 running").isEmpty();
		assertThat(RegionalAreaRule.endRefusal(false, 2, "東小学校区")).get().extracting(Refusal::code)
			.isEqualTo("REGIONAL_AREAS_TOO_FEW");
		assertThat(RegionalAreaRule.endRefusal(false, 2, "東小学校区").orElseThrow().message()).contains("東小学校区", "1 地域",
				"2地域以上");
		assertThat(RegionalAreaRule.endRefusal(true, 1, "市全域の拠点")).as("the whole town: any area may end").isEmpty();
	}

	@Test
	void participantsCountFromTheirJoiningDayUntilTheDayBeforeTheyLeave() {
		LocalDate day = LocalDate.of(2026, 11, 24);
		NetworkViews.Participant joinedToday = participant(ParticipantKind.SOCIAL_WELFARE_CORPORATION, true, day, null);
		NetworkViews.Participant joinsTomorrow = participant(ParticipantKind.NPO, false, day.plusDays(1), null);
		NetworkViews.Participant leftToday = participant(ParticipantKind.FOR_PROFIT, true, day.minusYears(1), day);
		NetworkViews.Participant leavesTomorrow = participant(ParticipantKind.NPO, true, day.minusYears(1), day.plusDays(1));
		NetworkViews.Participant school = participant(ParticipantKind.TRAINING_INSTITUTION, false, day.minusYears(1), null);
		NetworkViews.Participant hospitalLeft = participant(ParticipantKind.MEDICAL_INSTITUTION, false, day.minusYears(1), day);
		List<NetworkViews.Participant> all = List.of(joinedToday, joinsTomorrow, leftToday, leavesTomorrow, school, hospitalLeft);
		assertThat(ParticipantCount.takesPart(joinedToday, day)).isTrue();
		assertThat(ParticipantCount.takesPart(joinsTomorrow, day)).isFalse();
		assertThat(ParticipantCount.takesPart(leftToday, day)).as("not counted from the day it leaves").isFalse();
		assertThat(ParticipantCount.takesPart(leftToday, day.minusDays(1))).isTrue();
		assertThat(ParticipantCount.takesPart(leavesTomorrow, day)).isTrue();
		assertThat(ParticipantCount.corporations(all, day)).as("joined today + leaves tomorrow; not the school").isEqualTo(2);
		assertThat(ParticipantCount.corporations(all, day.minusDays(1))).as("yesterday: left-today still in").isEqualTo(2);
		assertThat(ParticipantCount.smallCorporations(all, day)).isEqualTo(2);
		assertThat(ParticipantCount.nonWelfare(all, day)).as("the hospital left today").isEqualTo(1);
	}

	private static NetworkViews.Participant participant(ParticipantKind kind, boolean small, LocalDate joined, LocalDate left) {
		return new NetworkViews.Participant(UUID.randomUUID(), kind.label(), kind, kind.label(), kind.corporation(), small, joined,
				left, 0);
	}

	@Test
	void goalsAreSetBeforeTheFiscalYearStarts() {
		FiscalYear year = new FiscalYear(2026);
		LocalDate today = LocalDate.of(2026, 11, 24);
		assertThat(GoalTiming.setRefusal(year, LocalDate.of(2026, 3, 31), today)).isEmpty();
		assertThat(GoalTiming.setRefusal(year, LocalDate.of(2026, 4, 1), today)).get().extracting(Refusal::code)
			.isEqualTo("GOAL_AFTER_YEAR_START");
		// Planning next year's goals today is fine; a set date in the future is not.
		assertThat(GoalTiming.setRefusal(new FiscalYear(2027), today, today)).isEmpty();
		assertThat(GoalTiming.setRefusal(new FiscalYear(2027), today.plusDays(1), today)).get().extracting(Refusal::field)
			.isEqualTo("setOn");
		// On 31 March the next year's goal can still be set; on 1 April it can no longer.
		assertThat(GoalTiming.setRefusal(new FiscalYear(2027), LocalDate.of(2027, 3, 31), LocalDate.of(2027, 3, 31))).isEmpty();
		assertThat(GoalTiming.setRefusal(new FiscalYear(2027), LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 1))).isPresent();
	}

	@Test
	void achievementIsReportedAfterTheYear() {
		FiscalYear year = new FiscalYear(2025);
		LocalDate today = LocalDate.of(2026, 11, 24);
		assertThat(GoalTiming.reportRefusal(year, LocalDate.of(2026, 3, 31), today)).get().extracting(Refusal::code)
			.isEqualTo("GOAL_REPORT_BEFORE_YEAR_END");
		assertThat(GoalTiming.reportRefusal(year, LocalDate.of(2026, 4, 1), today)).isEmpty();
		assertThat(GoalTiming.reportRefusal(year, today.plusDays(1), today)).get().extracting(Refusal::field)
			.isEqualTo("reportedOn");
	}

	@Test
	void addOnsOnceAndNoSubsidyAfterConversion() {
		List<SubsidyYearRule.Recorded> first = List.of(new SubsidyYearRule.Recorded(2025, true, false));
		assertThat(SubsidyYearRule.refusal(year(2026, true, false), first, null)).get().extracting(Refusal::code)
			.isEqualTo("ADD_ON_ONCE");
		assertThat(SubsidyYearRule.refusal(year(2026, false, true), first, null)).isEmpty();
		assertThat(SubsidyYearRule.refusal(year(2025, false, false), first, null)).get().extracting(Refusal::code)
			.isEqualTo("SUBSIDY_YEAR_EXISTS");
		// Converted on 1 October 2026 (年度 2026): that year may still be recorded, the next may not.
		LocalDate converted = LocalDate.of(2026, 10, 1);
		assertThat(SubsidyYearRule.refusal(year(2026, false, false), first, converted)).isEmpty();
		assertThat(SubsidyYearRule.refusal(year(2027, false, false), first, converted)).get().extracting(Refusal::code)
			.isEqualTo("PLATFORM_CONVERTED");
		// 設立支援 once: a second conversion is refused.
		assertThat(SubsidyYearRule.conversionRefusal(converted, converted, first, converted)).get().extracting(Refusal::code)
			.isEqualTo("ALREADY_CONVERTED");
		assertThat(SubsidyYearRule.conversionRefusal(LocalDate.of(2025, 3, 31), null, first, converted)).get()
			.extracting(Refusal::field).as("years recorded after the conversion").isEqualTo("convertedOn");
		assertThat(SubsidyYearRule.conversionRefusal(LocalDate.of(2025, 4, 1), null, first, converted)).isEmpty();
	}

	@Test
	void pilotsMoveOnePhaseAtATime() {
		assertThat(ActivityRules.phaseRefusal(ActivityKind.COLLABORATION, PilotPhase.PLAN, PilotPhase.TRIAL)).isEmpty();
		assertThat(ActivityRules.phaseRefusal(ActivityKind.COLLABORATION, PilotPhase.TRIAL, PilotPhase.VERIFIED)).isEmpty();
		assertThat(ActivityRules.phaseRefusal(ActivityKind.COLLABORATION, PilotPhase.PLAN, PilotPhase.VERIFIED)).get()
			.extracting(Refusal::code).isEqualTo("PILOT_PHASE_ORDER");
		assertThat(ActivityRules.phaseRefusal(ActivityKind.COLLABORATION, PilotPhase.TRIAL, PilotPhase.PLAN)).isPresent();
		assertThat(ActivityRules.phaseRefusal(ActivityKind.WORKFORCE, null, PilotPhase.TRIAL)).get().extracting(Refusal::code)
			.isEqualTo("NOT_A_PILOT");
	}

	@Test
	void aPersonnelExchangeIsBetweenTwoCorporationsOfThePlatform() {
		UUID a = UUID.randomUUID();
		UUID b = UUID.randomUUID();
		UUID school = UUID.randomUUID();
		Map<UUID, NetworkViews.Participant> participants = Map.of(a, corp(a, ParticipantKind.SOCIAL_WELFARE_CORPORATION), b,
				corp(b, ParticipantKind.NPO), school, corp(school, ParticipantKind.TRAINING_INSTITUTION));
		LocalDate today = LocalDate.of(2026, 11, 24);
		assertThat(ActivityRules.refusal(exchange(a, b), participants, today)).isEmpty();
		assertThat(ActivityRules.refusal(exchange(a, a), participants, today)).get().extracting(Refusal::field)
			.isEqualTo("partnerId");
		assertThat(ActivityRules.refusal(exchange(a, school), participants, today)).get().extracting(Refusal::field)
			.isEqualTo("partnerId");
		assertThat(ActivityRules.refusal(exchange(UUID.randomUUID(), b), participants, today)).get().extracting(Refusal::field)
			.isEqualTo("leadId");
		NetworkForms.NewActivity training = new NetworkForms.NewActivity(ActivityKind.WORKFORCE, "研修", today, null, null,
				WorkforceKind.JOINT_TRAINING, false, 10, 11, null, null, null);
		assertThat(ActivityRules.refusal(training, participants, today)).get().extracting(Refusal::field).isEqualTo("attended");
		NetworkForms.NewActivity full = new NetworkForms.NewActivity(ActivityKind.WORKFORCE, "研修", today, null, null,
				WorkforceKind.JOINT_TRAINING, false, 10, 10, null, null, null);
		assertThat(ActivityRules.refusal(full, participants, today)).isEmpty();
	}

	private static NetworkForms.SubsidyYear year(int fy, boolean backOffice, boolean ict) {
		return new NetworkForms.SubsidyYear(fy, 1000, backOffice, ict, null);
	}

	private static NetworkViews.Participant corp(UUID id, ParticipantKind kind) {
		return new NetworkViews.Participant(id, "法人", kind, kind.label(), kind.corporation(), true, LocalDate.of(2026, 4, 1), null, 0);
	}

	private static NetworkForms.NewActivity exchange(UUID lead, UUID partner) {
		return new NetworkForms.NewActivity(ActivityKind.WORKFORCE, "人事交流", LocalDate.of(2026, 11, 1), null, null,
				WorkforceKind.PERSONNEL_EXCHANGE, false, null, null, lead, partner, null);
	}
}
