package jp.kasane.network;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What the network pages and API show: organisations and staff roles only, never a resident. */
public final class NetworkViews {

	private NetworkViews() {
	}

	public record Participant(UUID id, String name, ParticipantKind kind, String kindLabel, boolean corporation,
			boolean small, LocalDate joinedOn, LocalDate leftOn) {
	}

	public record FairResult(UUID participant, String participantName, int applicants, int offers) {
	}

	/** An activity ア–カ with the columns its kind uses (the others are null). */
	public record Activity(UUID id, ActivityKind kind, String kindLabel, String title, LocalDate heldOn,
			DiscussionStage stage, String stageLabel, PilotPhase phase, String phaseLabel, CollaborationCategory category,
			String categoryLabel, WorkforceKind workforceKind, String workforceLabel, boolean online, Integer registered,
			Integer attended, UUID leadId, String leadName, UUID partnerId, String partnerName, LocalDate leadAgreedOn,
			LocalDate partnerAgreedOn, List<FairResult> fairResults, String notes, int version) {

		/** A 人事交流 is agreed once both corporations have agreed. */
		@JsonProperty("exchangeAgreed")
		public boolean exchangeAgreed() {
			return leadAgreedOn != null && partnerAgreedOn != null;
		}
	}

	public record SubsidyYear(int fiscalYear, String fiscalYearLabel, int ordinal, int amountThousandYen,
			boolean backOfficeAddOn, boolean ictAddOn, String note) {
	}

	/**
	 * A platform with everything recorded for it, and the facts the subsidy rule needs for the
	 * current fiscal year ({@code subsidyFacts}, for {@code subsidyFiscalYear}).
	 */
	public record Platform(UUID id, String name, String implementingBody, ImplementingBody bodyKind, String bodyKindLabel,
			String area, LocalDate startedOn, LocalDate convertedOn, String renkeiName, Integer setupSupportThousandYen,
			int version, List<Participant> participants, List<Activity> activities, List<SubsidyYear> subsidyYears,
			int subsidyFiscalYear, String subsidyFiscalYearLabel, PlatformSubsidyFacts subsidyFacts, long smallCorporations,
			long nonWelfareParticipants, List<String> notices) {
	}

	/** A line of the overview. */
	public record PlatformSummary(UUID id, String name, String implementingBody, String bodyKindLabel, String area,
			int participants, boolean converted) {
	}

	public record CouncilMember(UUID id, String name, CouncilMemberKind kind, String kindLabel, String corporation) {
	}

	public record Meeting(UUID id, UUID council, MeetingKind kind, String kindLabel, LocalDate heldOn, String title,
			int participants, List<PromotionTopic> topics, List<String> topicLabels, String notes) {
	}

	public record CouncilActivity(UUID id, CouncilActivityKind kind, String kindLabel, String title, UUID member,
			String memberName, boolean joint, List<String> partnerNames, AgreementKind agreementKind, String agreementLabel,
			EducationKind educationKind, String educationLabel, LocalDate datedOn, Integer participants, String notes) {
	}

	public record Council(UUID id, String name, CouncilLevel level, String levelLabel, String secretariat,
			LocalDate foundedOn, String purpose, List<CouncilMember> members, List<Meeting> meetings,
			List<CouncilActivity> activities) {
	}

	public record CouncilSummary(UUID id, String name, String levelLabel, String secretariat, int members) {
	}

	public record Area(UUID id, int fiscalYear, String name, String operator, String hub) {
	}

	public record RegionalYear(int fiscalYear, String fiscalYearLabel, boolean wholeMunicipality, int version,
			List<Area> areas) {
	}

	public record Promoter(UUID id, String name, String qualification, String placedAt, LocalDate fromDate,
			LocalDate untilDate, boolean active) {
	}

	public record Goal(UUID id, int fiscalYear, String fiscalYearLabel, GoalProgram program, String programLabel,
			String indicator, int targetValue, String unit, LocalDate setOn, Integer achievedValue, String achievement,
			LocalDate reportedOn, Integer achievementPercent, int version) {
	}

	/** The /network/regional page: years with areas, the 推進員, 推進会議 and 成果目標. */
	public record Regional(List<RegionalYear> years, List<Promoter> promoters, List<Meeting> meetings, List<Goal> goals,
			int currentFiscalYear) {
	}
}
