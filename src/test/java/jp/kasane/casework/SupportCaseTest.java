package jp.kasane.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jp.kasane.shared.AgencyId;
import jp.kasane.shared.PersonId;
import jp.kasane.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The case state machine tries every guard of invariants 1 and 5 and checks nothing changes on refusal. */
class SupportCaseTest {

	static final AgencyId HOKATSU = AgencyId.random();

	@Test
	void theWholePathFromReferralToClosureAndReopening() {
		SupportCase c = inPlanning();
		c.adoptPlan(decision(c, DecisionType.PLAN_ADOPTION));
		assertThat(c.state()).isEqualTo(CaseState.IN_SUPPORT);
		c.replan(decision(c, DecisionType.REPLAN));
		assertThat(c.state()).isEqualTo(CaseState.IN_SUPPORT);
		c.close(decision(c, DecisionType.TERMINATION), HOKATSU, "月1回の訪問を地域包括支援センターが続ける");
		assertThat(c.state()).isEqualTo(CaseState.CLOSED);
		assertThat(c.leadAgency()).isEqualTo(HOKATSU);
		c.reopen("再び閉じこもりがちになったと民生委員から連絡");
		assertThat(c.state()).isEqualTo(CaseState.ASSESSMENT);
		assertThat(c.pendingEvents()).extracting(SupportCase.Event::kind).containsExactly("REFERRAL_RECEIVED",
				"APPLICATION_ACCEPTED", "ASSESSMENT_STARTED", "PLANNING_STARTED", "PLAN_ADOPTED", "REPLANNED", "CLOSED",
				"REOPENED");
	}

	@ParameterizedTest
	@EnumSource(DecisionType.class)
	void eachGuardedTransitionRefusesWithoutTheMatchingHeldConference(DecisionType type) {
		SupportCase c = type == DecisionType.PLAN_ADOPTION ? inPlanning() : inSupport();
		Consumer<Optional<ConferenceDecision>> attempt = switch (type) {
			case PLAN_ADOPTION -> c::adoptPlan;
			case REPLAN -> c::replan;
			case TERMINATION -> d -> c.close(d, HOKATSU, "フォローアップ");
			case SUSPENSION -> d -> c.suspend(d, 2);
		};
		CaseState before = c.state();
		ConferenceDecision ok = decision(c, type).orElseThrow();

		refused(() -> attempt.accept(Optional.empty()), "CONFERENCE_DECISION_REQUIRED");
		refused(() -> attempt.accept(Optional.of(with(ok, false, true, true, true, c.id(), type))), "CONFERENCE_KIND");
		refused(() -> attempt.accept(Optional.of(with(ok, true, false, true, true, c.id(), type))), "CONFERENCE_NOT_HELD");
		refused(() -> attempt.accept(Optional.of(with(ok, true, true, false, true, c.id(), type))), "MUNICIPALITY_ABSENT");
		refused(() -> attempt.accept(Optional.of(with(ok, true, true, true, false, c.id(), type))), "COORDINATOR_ABSENT");
		refused(() -> attempt.accept(Optional.of(with(ok, true, true, true, true, UUID.randomUUID(), type))), "CONFERENCE_OTHER_CASE");
		DecisionType other = type == DecisionType.REPLAN ? DecisionType.TERMINATION : DecisionType.REPLAN;
		refused(() -> attempt.accept(Optional.of(with(ok, true, true, true, true, c.id(), other))), "CONFERENCE_DECISION_MISMATCH");

		assertThat(c.state()).as("a refusal changes nothing").isEqualTo(before);
		attempt.accept(Optional.of(ok));
		assertThat(c.state()).isNotEqualTo(CaseState.PLANNING);
	}

	@Test
	void closingNamesTheLeadAgencyAndTheFollowUp() {
		SupportCase c = inSupport();
		refused(() -> c.close(decision(c, DecisionType.TERMINATION), null, "フォローアップ"), "LEAD_AGENCY_REQUIRED");
		refused(() -> c.close(decision(c, DecisionType.TERMINATION), HOKATSU, " "), "FOLLOW_UP_REQUIRED");
		assertThat(c.state()).isEqualTo(CaseState.IN_SUPPORT);
	}

	@Test
	void suspendingNeedsRecordedAttemptsToReachThePerson() {
		SupportCase c = inSupport();
		refused(() -> c.suspend(decision(c, DecisionType.SUSPENSION), 0), "CONTACT_ATTEMPTS_REQUIRED");
		c.suspend(decision(c, DecisionType.SUSPENSION), 1);
		assertThat(c.state()).isEqualTo(CaseState.SUSPENDED);
		c.reopen("本人から電話があった");
		assertThat(c.state()).isEqualTo(CaseState.ASSESSMENT);
	}

	@Test
	void theReferralGoesBackOnlyAfterConsultingTheReferrerAndForwardOnlyWithConsent() {
		SupportCase c = referred();
		refused(() -> c.returnToReferrer(""), "REFERRER_CONSULTATION_REQUIRED");
		refused(() -> c.acceptApplication(false, "本人の同意が記録されていません"), "CONSENT_REQUIRED");
		c.returnToReferrer("紹介元の包括と協議し、包括で継続支援とした");
		assertThat(c.state()).isEqualTo(CaseState.RETURNED_TO_REFERRER);
	}

	@Test
	void transitionsOutOfOrderAreRefusedWithTheCurrentState() {
		SupportCase c = referred();
		assertThatThrownBy(() -> c.adoptPlan(Optional.empty())).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("現在：紹介受付")
			.extracting(e -> ((RuleViolation) e).code())
			.isEqualTo("CASE_INVALID_TRANSITION");
		refused(() -> c.reopen("理由"), "CASE_INVALID_TRANSITION");
		refused(() -> c.startPlanning(null), "CASE_INVALID_TRANSITION");
	}

	static SupportCase referred() {
		return SupportCase.referred(null, Set.of(PersonId.random(), PersonId.random()), HOKATSU, LocalDate.of(2026, 4, 1), "8050");
	}

	static SupportCase inPlanning() {
		SupportCase c = referred();
		c.acceptApplication(true, "本人同意");
		c.startAssessment(null);
		c.startPlanning(null);
		return c;
	}

	static SupportCase inSupport() {
		SupportCase c = inPlanning();
		c.adoptPlan(decision(c, DecisionType.PLAN_ADOPTION));
		return c;
	}

	static Optional<ConferenceDecision> decision(SupportCase c, DecisionType type) {
		return Optional.of(new ConferenceDecision(UUID.randomUUID(), UUID.randomUUID(), c.id(), type, true, true, true, true));
	}

	static ConferenceDecision with(ConferenceDecision d, boolean multiLayered, boolean held, boolean municipality,
			boolean coordinator, UUID caseId, DecisionType type) {
		return new ConferenceDecision(d.id(), d.meetingId(), caseId, type, multiLayered, held, municipality, coordinator);
	}

	static void refused(Runnable attempt, String code) {
		assertThatThrownBy(attempt::run).isInstanceOf(RuleViolation.class)
			.extracting(e -> ((RuleViolation) e).code())
			.isEqualTo(code);
	}
}
