package jp.kasane.network;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** What the network pages and API show: organisations and staff roles only, never a resident. */
public final class NetworkViews {

	private NetworkViews() {
	}

	@Schema(name = "NetworkParticipant")
	public record Participant(UUID id, String name, ParticipantKind kind, String kindLabel, boolean corporation,
			boolean small, LocalDate joinedOn, LocalDate leftOn, int version) {
	}

	@Schema(name = "NetworkFairResult")
	public record FairResult(UUID participant, String participantName, int applicants, int offers) {
	}

	/** An activity ア–カ with the columns its kind uses (the others are null). */
	@Schema(name = "NetworkActivity")
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

	@Schema(name = "NetworkSubsidyYear")
	public record SubsidyYear(int fiscalYear, String fiscalYearLabel, int ordinal, int amountThousandYen,
			boolean backOfficeAddOn, boolean ictAddOn, String note) {
	}

	/**
	 * A platform with everything recorded for it, and the facts the subsidy rule needs for the
	 * current fiscal year ({@code subsidyFacts}, for {@code subsidyFiscalYear}); the 参画法人 in them are
	 * those taking part on {@code participantsCountedOn} ({@link ParticipantCount}).
	 */
	@Schema(name = "NetworkPlatform")
	public record Platform(UUID id, String name, String implementingBody, ImplementingBody bodyKind, String bodyKindLabel,
			String area, LocalDate startedOn, LocalDate convertedOn, String renkeiName, Integer setupSupportThousandYen,
			int version, List<Participant> participants, List<Activity> activities, List<SubsidyYear> subsidyYears,
			int subsidyFiscalYear, String subsidyFiscalYearLabel, PlatformSubsidyFacts subsidyFacts,
			LocalDate participantsCountedOn, long smallCorporations, long nonWelfareParticipants, List<String> notices) {
	}

	/** A line of the overview. */
	@Schema(name = "NetworkPlatformSummary")
	public record PlatformSummary(UUID id, String name, String implementingBody, String bodyKindLabel, String area,
			int participants, boolean converted) {
	}

	@Schema(name = "NetworkCouncilMember")
	public record CouncilMember(UUID id, String name, CouncilMemberKind kind, String kindLabel, String corporation,
			LocalDate leftOn, int version) {
	}

	@Schema(name = "NetworkMeeting")
	public record Meeting(UUID id, UUID council, NetworkMeetingKind kind, String kindLabel, LocalDate heldOn, String title,
			int participants, List<PromotionTopic> topics, List<String> topicLabels, String notes) {
	}

	@Schema(name = "NetworkCouncilActivity")
	public record CouncilActivity(UUID id, CouncilActivityKind kind, String kindLabel, String title, UUID member,
			String memberName, boolean joint, List<String> partnerNames, AgreementKind agreementKind, String agreementLabel,
			EducationKind educationKind, String educationLabel, LocalDate datedOn, Integer participants, String notes) {
	}

	@Schema(name = "NetworkCouncil")
	public record Council(UUID id, String name, CouncilLevel level, String levelLabel, String secretariat,
			LocalDate foundedOn, String purpose, int version, List<CouncilMember> members, List<Meeting> meetings,
			List<CouncilActivity> activities) {
	}

	@Schema(name = "NetworkCouncilSummary")
	public record CouncilSummary(UUID id, String name, String levelLabel, String secretariat, int members) {
	}

	@Schema(name = "NetworkArea")
	public record Area(UUID id, int fiscalYear, String name, String operator, String hub, LocalDate endedOn,
			int version) {
	}

	/** A year of 地域力強化推進事業; {@code runningAreas} are its areas not ended, those the two-area rule counts. */
	@Schema(name = "NetworkRegionalYear")
	public record RegionalYear(int fiscalYear, String fiscalYearLabel, boolean wholeMunicipality, int version,
			List<Area> areas) {

		@JsonProperty("runningAreas")
		public List<Area> runningAreas() {
			return areas.stream().filter(a -> a.endedOn() == null).toList();
		}
	}

	@Schema(name = "NetworkPromoter")
	public record Promoter(UUID id, String name, String qualification, String placedAt, LocalDate fromDate,
			LocalDate untilDate, boolean active, int version) {
	}

	@Schema(name = "NetworkGoal")
	public record Goal(UUID id, int fiscalYear, String fiscalYearLabel, GoalProgram program, String programLabel,
			String indicator, int targetValue, String unit, LocalDate setOn, Integer achievedValue, String achievement,
			LocalDate reportedOn, Integer achievementPercent, int version) {
	}

	/** The /network/regional page: years with areas, the 推進員, 推進会議 and 成果目標. */
	@Schema(name = "NetworkRegional")
	public record Regional(List<RegionalYear> years, List<Promoter> promoters, List<Meeting> meetings, List<Goal> goals,
			int currentFiscalYear) {
	}
}
