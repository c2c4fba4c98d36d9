package jp.kasane.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.kasane.shared.AgencyId;
import jp.kasane.shared.HouseholdId;
import jp.kasane.shared.PersonId;
import jp.kasane.shared.RuleViolation;

/**
 * A 多機関協働 case: a household's people, the agency that referred them, and where the case stands
 * in the state machine of 別添5 1(3). State changes happen only here; each records a timeline entry
 * ({@link #pendingEvents()}) for the 支援経過記録.
 */
public class SupportCase {

	/** A timeline entry produced by a transition, stored by the repository. */
	public record Event(String kind, CaseState from, CaseState to, UUID decisionId, String note) {
	}

	private final UUID id;
	private final HouseholdId household;
	private final Set<PersonId> people;
	private final AgencyId referrer;
	private final LocalDate openedOn;
	private CaseState state;
	private AgencyId leadAgency;
	private String followUp;
	private final int version;
	private final List<Event> pending = new ArrayList<>();

	SupportCase(UUID id, HouseholdId household, Set<PersonId> people, AgencyId referrer, LocalDate openedOn,
			CaseState state, AgencyId leadAgency, String followUp, int version) {
		this.id = id;
		this.household = household;
		this.people = new LinkedHashSet<>(people);
		this.referrer = referrer;
		this.openedOn = openedOn;
		this.state = state;
		this.leadAgency = leadAgency;
		this.followUp = followUp;
		this.version = version;
	}

	/** 紹介受付: a consultation hub refers the household to 多機関協働. */
	static SupportCase referred(HouseholdId household, Set<PersonId> people, AgencyId referrer, LocalDate today, String note) {
		if (people.isEmpty()) {
			throw new RuleViolation("CASE_PEOPLE_REQUIRED", "事例の対象となる人を1人以上選んでください");
		}
		SupportCase c = new SupportCase(UUID.randomUUID(), household, people, referrer, today, CaseState.REFERRAL_RECEIVED,
				null, null, 0);
		c.pending.add(new Event("REFERRAL_RECEIVED", null, CaseState.REFERRAL_RECEIVED, null, note));
		return c;
	}

	/** 紹介元へ戻す: only after the coordinator consulted the referrer, recorded in {@code consultation}. */
	void returnToReferrer(String consultation) {
		require(EnumSet.of(CaseState.REFERRAL_RECEIVED), "紹介元へ戻す");
		if (consultation == null || consultation.isBlank()) {
			throw new RuleViolation("REFERRER_CONSULTATION_REQUIRED", "紹介元へ戻す前に、紹介元と協議した内容を記録してください");
		}
		move(CaseState.RETURNED_TO_REFERRER, "RETURNED_TO_REFERRER", null, consultation);
	}

	/** 相談受付: the 申込 with the person's consent to 多機関協働. */
	void acceptApplication(boolean consentCoversCollaboration, String consentReason) {
		require(EnumSet.of(CaseState.REFERRAL_RECEIVED), "相談受付");
		if (!consentCoversCollaboration) {
			throw new RuleViolation("CONSENT_REQUIRED", "多機関協働の利用申込には本人の同意が必要です（" + consentReason + "）");
		}
		move(CaseState.INTAKE, "APPLICATION_ACCEPTED", null, consentReason);
	}

	void startAssessment(String note) {
		require(EnumSet.of(CaseState.INTAKE), "アセスメント");
		move(CaseState.ASSESSMENT, "ASSESSMENT_STARTED", null, note);
	}

	void startPlanning(String note) {
		require(EnumSet.of(CaseState.ASSESSMENT), "プラン作成");
		move(CaseState.PLANNING, "PLANNING_STARTED", null, note);
	}

	void adoptPlan(java.util.Optional<ConferenceDecision> decision) {
		require(EnumSet.of(CaseState.PLANNING), "プランの採用");
		ConferenceGuard.check(DecisionType.PLAN_ADOPTION, decision, id);
		move(CaseState.IN_SUPPORT, "PLAN_ADOPTED", decision.get().id(), null);
	}

	void replan(java.util.Optional<ConferenceDecision> decision) {
		require(EnumSet.of(CaseState.IN_SUPPORT), "再プラン");
		ConferenceGuard.check(DecisionType.REPLAN, decision, id);
		move(CaseState.IN_SUPPORT, "REPLANNED", decision.get().id(), null);
	}

	/** 終結: names the agency that keeps accompanying the person (支援担当者) and the follow-up (invariant 5). */
	void close(java.util.Optional<ConferenceDecision> decision, AgencyId lead, String followUp) {
		require(EnumSet.of(CaseState.IN_SUPPORT), "終結");
		if (lead == null) {
			throw new RuleViolation("LEAD_AGENCY_REQUIRED", "終結には、引き続き本人に寄り添う支援担当者（機関）の指定が必要です");
		}
		if (followUp == null || followUp.isBlank()) {
			throw new RuleViolation("FOLLOW_UP_REQUIRED", "終結には、終結後のフォローアップの内容が必要です");
		}
		ConferenceGuard.check(DecisionType.TERMINATION, decision, id);
		this.leadAgency = lead;
		this.followUp = followUp.strip();
		move(CaseState.CLOSED, "CLOSED", decision.get().id(), followUp);
	}

	/** 中断: only after recorded attempts to reach the person (invariant 5). */
	void suspend(java.util.Optional<ConferenceDecision> decision, int contactAttempts) {
		require(EnumSet.of(CaseState.ASSESSMENT, CaseState.PLANNING, CaseState.IN_SUPPORT), "中断");
		if (contactAttempts == 0) {
			throw new RuleViolation("CONTACT_ATTEMPTS_REQUIRED",
					"中断の前に、本人と連絡を取ろうとした記録（訪問、周囲からの情報収集など）を残してください");
		}
		ConferenceGuard.check(DecisionType.SUSPENSION, decision, id);
		move(CaseState.SUSPENDED, "SUSPENDED", decision.get().id(), null);
	}

	/** 再開: a closed or suspended case can reopen (invariant 5); it goes back to assessment. */
	void reopen(String reason) {
		require(EnumSet.of(CaseState.CLOSED, CaseState.SUSPENDED), "再開");
		if (reason == null || reason.isBlank()) {
			throw new RuleViolation("REOPEN_REASON_REQUIRED", "再開の理由を記録してください");
		}
		move(CaseState.ASSESSMENT, "REOPENED", null, reason);
	}

	/** A note in the 支援経過記録 that does not change the state. */
	void note(String text) {
		if (text == null || text.isBlank()) {
			throw new RuleViolation("NOTE_REQUIRED", "記録の内容を入力してください");
		}
		pending.add(new Event("NOTE", null, null, null, text.strip()));
	}

	private void require(Set<CaseState> from, String transition) {
		if (!from.contains(state)) {
			throw new RuleViolation("CASE_INVALID_TRANSITION", "「" + transition + "」は" + String.join("・",
					from.stream().map(CaseState::label).toList()) + "の事例にだけ行えます（現在：" + state.label() + "）");
		}
	}

	private void move(CaseState to, String kind, UUID decision, String note) {
		pending.add(new Event(kind, state, to, decision, note));
		state = to;
	}

	public UUID id() {
		return id;
	}

	public HouseholdId household() {
		return household;
	}

	public Set<PersonId> people() {
		return Set.copyOf(people);
	}

	public AgencyId referrer() {
		return referrer;
	}

	public LocalDate openedOn() {
		return openedOn;
	}

	public CaseState state() {
		return state;
	}

	public AgencyId leadAgency() {
		return leadAgency;
	}

	public String followUp() {
		return followUp;
	}

	public int version() {
		return version;
	}

	List<Event> pendingEvents() {
		return List.copyOf(pending);
	}
}
