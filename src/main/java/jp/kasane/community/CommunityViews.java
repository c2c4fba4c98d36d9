package jp.kasane.community;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import jp.kasane.rules.ChildRearingHubStandardRule;
import jp.kasane.rules.CommunityActivityCenterTypeRule;
import jp.kasane.rules.RuleAnswer;

/** What the 地域づくり pages and API show. No resident's name appears in any of them. */
public final class CommunityViews {

	private CommunityViews() {
	}

	public record Hub(UUID id, CommunityProgram program, String programLabel, String programBasis, String name,
			String operator, String area, ServedGroup serves, String servesLabel, boolean openToOtherGenerations,
			String schedule, UUID place, String note, int version) {
	}

	/**
	 * What the program rules say of a hub by its facts: for a 地域活動支援センター its type (Ⅰ/Ⅱ/Ⅲ型), for a
	 * 地域子育て支援拠点 whether it meets the standard of its form. {@code applies} is false for the other programs;
	 * {@code missing} names each fact still to enter (then the answer is null).
	 */
	public record HubStandard(UUID hub, CommunityProgram program, boolean applies, String rule,
			CommunityForms.HubFacts facts, RuleAnswer<CommunityActivityCenterTypeRule.ActivityCenterAnswer> activityCenter,
			RuleAnswer<ChildRearingHubStandardRule.HubAnswer> childRearingHub, List<String> shortfalls, List<String> missing) {
	}

	/** The hubs of one program, for the overview (a program without hubs is listed too). */
	public record ProgramHubs(CommunityProgram program, String label, String basis, List<Hub> hubs) {
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "CommunityMember")
	public record Member(UUID id, String name, MemberKind kind, String kindLabel, boolean nonWelfare) {
	}

	public record PlatformMeeting(UUID id, UUID platform, LocalDate heldOn, String theme, int participants, String notes) {
	}

	public record Platform(UUID id, String name, String area, String purpose, List<Member> members,
			List<PlatformMeeting> meetings) {

		@JsonProperty("nonWelfareMembers")
		public long nonWelfareMembers() {
			return members.stream().filter(Member::nonWelfare).count();
		}
	}

	public record Coordinator(UUID id, String name, CoordinatorRole role, String roleLabel, String area, String agencyName) {
	}

	public record Event(UUID id, String title, EventKind kind, String kindLabel, LocalDate heldOn, UUID hub, UUID platform,
			int children, int youth, int workingAge, int seniors, String note) {

		@JsonProperty("total")
		public int total() {
			return children + youth + workingAge + seniors;
		}
	}

	/**
	 * A conference decision that raised the issue. The case is named only to users who may open it
	 * ({@code caseId} is null and {@code caseHidden} true otherwise); {@code meetingOpenable} says
	 * whether the user may open the meeting's records.
	 */
	public record RaisedAt(UUID decisionId, UUID meetingId, String meetingTitle, LocalDate raisedOn, String text,
			boolean meetingOpenable, UUID caseId, boolean caseHidden) {
	}

	public record StatusChanged(IssueStatus from, IssueStatus to, String toLabel, LocalDate changedOn, String note) {
	}

	/** A 地域課題 with every conference and case that raised it, as the user may see them. */
	public record Issue(UUID id, String title, String description, String area, IssueStatus status, String statusLabel,
			IssueSource raisedBy, String raisedByLabel, UUID coordinator, UUID platformMeeting, LocalDate raisedOn,
			String resourceName, String resourceDescription, int version, List<RaisedAt> conferences, List<UUID> cases,
			int hiddenCases, List<StatusChanged> history, List<IssueStatus> next) {
	}

	/** A role C decision not yet in the register (for the 取り込む action). */
	public record Unregistered(UUID decisionId, UUID meetingId, String meetingTitle, LocalDate raisedOn, String text,
			boolean meetingOpenable, UUID caseId, boolean caseHidden) {
	}
}
