package jp.kasane.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The JSON of a 開示請求 export ({@code format} {@value #FORMAT}): everything the tenant holds about one
 * person that the exporting user may see, in a fixed structure. Codes are the enum names, labels their
 * Japanese text; dates are ISO-8601. Parts the user may not see, or that would disclose third parties,
 * are not included but listed in {@code withheld} with the reason (不開示情報).
 */
public record PersonDisclosure(String format, String reference, OffsetDateTime printedAt, String municipality,
		String exportedBy, Identity person, List<HouseholdPart> households, List<ConsentPart> consents,
		List<ConsultationPart> consultations, List<ReferralPart> referrals, List<CasePart> cases,
		List<MeetingPart> meetings, List<OutreachPart> outreach, ParticipationPart participation,
		List<Withheld> withheld, List<String> rules) {

	public static final String FORMAT = "kasane.disclosure/1";

	/** 本人: identity as registered. */
	public record Identity(UUID id, String familyName, String givenName, String familyKana, String givenKana,
			LocalDate birthDate, String sex, String postalCode, String address, String phone, String safeContactNote,
			String registeredBy) {
	}

	/**
	 * 世帯: the person's own membership, and the other members by 続柄 only (no names, no details): only
	 * those the exporting user may see.
	 */
	public record HouseholdPart(UUID householdId, String label, String relationship, LocalDate joinedOn, LocalDate leftOn,
			String leftReason, List<OtherMember> otherMembers) {
	}

	/** Another member of the household, by relation to the head (続柄) only. */
	public record OtherMember(String relationship, boolean current) {
	}

	/** 本人同意: scope, method, validity and withdrawal. */
	public record ConsentPart(UUID id, List<String> purposes, List<String> agencies, boolean coversConference,
			String method, LocalDate obtainedOn, String obtainedByAgency, LocalDate validUntil, String note,
			LocalDate withdrawnOn, String withdrawalReason) {
	}

	/** 相談: {@code notesWithheld} when the notes are sensitive and only the recording agency may read them. */
	public record ConsultationPart(UUID id, LocalDate receivedOn, String agency, String channel, String consulter,
			List<String> tags, String notes, boolean notesWithheld, String outcome) {
	}

	/** つなぎ between agencies. */
	public record ReferralPart(UUID id, LocalDate requestedOn, String fromAgency, String toAgency, String status,
			String requestNote, String returnReason) {
	}

	/**
	 * 多機関協働 case: state, agencies, the 支援経過記録, 支援決定, plans and 居住継続支援 of the person;
	 * other people on the case are counted, never named. When there are others, the free text (notes,
	 * reasons, goals, policy, tasks) is null and {@code textWithheldReason} says why.
	 */
	public record CasePart(UUID id, String number, String state, String referrerAgency,
			String leadAgency, int otherPeople, String textWithheldReason, List<TimelinePart> timeline, List<DecisionPart> supportDecisions,
			List<PlanPart> plans, List<HousingPart> housing) {
	}

	public record TimelinePart(Instant at, String kind, String label, String note) {
	}

	/** 支援決定 (参加支援・アウトリーチ). */
	public record DecisionPart(String program, LocalDate decidedOn, boolean earlyStart, String reason) {
	}

	/** プラン with each agency's role and the monitoring dates. */
	public record PlanPart(int version, String status, LocalDate adoptedOn, String personGoals, String policy,
			List<PlanRole> roles, List<LocalDate> monitoringDates) {
	}

	public record PlanRole(String agency, String role, String tasks) {
	}

	/** 居住継続支援 of the person on the case, with its follow-ups. */
	public record HousingPart(UUID id, String situation, LocalDate moveInOn, String supportCorporation, String content,
			String contentNote, LocalDate startedOn, LocalDate nextFollowUpOn, List<HousingFollowUp> followUps) {
	}

	public record HousingFollowUp(LocalDate heldOn, String method, String note, LocalDate nextOn) {
	}

	/**
	 * A meeting with the person on its agenda: their agenda items and the decisions on them. The minutes
	 * are included only when every agenda item concerns the person. A withheld meeting has no title or
	 * content, only its kind, date and the reason.
	 */
	public record MeetingPart(UUID id, String kind, String title, LocalDate heldOn, List<AgendaPart> agenda,
			String minutes, boolean withheld, String withheldReason) {
	}

	public record AgendaPart(String role, String note, List<String> decisions) {
	}

	/** アウトリーチ: how the person became known, the stage history, attempts and gathered information. */
	public record OutreachPart(UUID id, String holderAgency, String source, LocalDate knownOn, String stage,
			LocalDate closedOn, String closeReason, List<Attempt> attempts, List<Note> notes, List<StageChange> stages) {
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "DisclosureOutreachAttempt")
	public record Attempt(LocalDate attemptedOn, String method, boolean contactMade, String result) {
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "DisclosureOutreachNote")
	public record Note(LocalDate notedOn, String text) {
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "DisclosureOutreachStageChange")
	public record StageChange(LocalDate changedOn, String to, boolean backwards, String reason) {
	}

	/** 参加支援: the recorded needs and every placement with its follow-ups. */
	public record ParticipationPart(String interests, String area, String days, String needsNotes,
			List<PlacementPart> placements) {
	}

	public record PlacementPart(UUID id, String menu, String host, String status, LocalDate startOn,
			LocalDate activeSince, LocalDate endedOn, String endReason, boolean earlyStart, List<PlacementFollowUp> followUps) {
	}

	public record PlacementFollowUp(String kind, LocalDate dueOn, String state, LocalDate doneOn, String notes) {
	}

	/** A part not disclosed: what, how many records, a stable code and the reason in Japanese. */
	public record Withheld(String part, int count, String code, String reason) {
	}
}
