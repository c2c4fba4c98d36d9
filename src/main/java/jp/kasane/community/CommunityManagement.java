package jp.kasane.community;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.kasane.casework.CaseManagement;
import jp.kasane.meeting.CommunityIssue;
import jp.kasane.meeting.MeetingManagement;
import jp.kasane.organization.AgencyKind;
import jp.kasane.organization.OrganizationManagement;
import jp.kasane.shared.Actor;
import jp.kasane.shared.ActorContext;
import jp.kasane.shared.InvalidField;
import jp.kasane.shared.NotFoundException;
import jp.kasane.shared.RuleViolation;
import jp.kasane.shared.TenantId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 地域づくり module's API: hubs, platforms, coordinators, events and the 地域課題 register.
 * Changes are for municipal staff and the 地域づくり事業者 ({@link CommunityAccess}); conference
 * decisions of agenda role C come into the register through {@link #importDecision} and
 * {@link #linkDecision}, which take only decisions the meeting module lists as 地域課題 (never a
 * 支援会議's).
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR', 'CASEWORKER')")
public class CommunityManagement {

	private final CommunityRecords records;
	private final MeetingManagement meetings;
	private final CaseManagement cases;
	private final OrganizationManagement organization;
	private final Clock clock;
	private final HubStandards standards;

	CommunityManagement(CommunityRecords records, MeetingManagement meetings, CaseManagement cases,
			OrganizationManagement organization, Clock clock, HubStandards standards) {
		this.standards = standards;
		this.records = records;
		this.meetings = meetings;
		this.cases = cases;
		this.organization = organization;
		this.clock = clock;
	}

	/** Whether the signed-in user may change the 地域づくり records. */
	@Transactional(readOnly = true)
	public boolean mayMaintain() {
		Actor actor = ActorContext.require();
		return CommunityAccess.mayMaintain(actor, agencyKind(actor));
	}

	// --- hubs

	public CommunityViews.Hub addHub(CommunityForms.NewHub form) {
		Actor actor = maintainer();
		UUID id = UUID.randomUUID();
		records.insertHub(actor.tenantId(), id, form);
		return records.hub(actor.tenantId(), id).orElseThrow();
	}

	/** Corrects a hub; a stale version is refused (409). */
	public CommunityViews.Hub editHub(UUID id, CommunityForms.EditHub form) {
		Actor actor = maintainer();
		hub(id);
		records.updateHub(actor.tenantId(), id, form.details(), form.version());
		return hub(id);
	}

	@Transactional(readOnly = true)
	public List<CommunityViews.Hub> hubs() {
		return records.hubs(tenant());
	}

	/** Hubs grouped by the five programs, every program listed even without hubs (別添4 3(1)). */
	@Transactional(readOnly = true)
	public List<CommunityViews.ProgramHubs> hubsByProgram() {
		Map<CommunityProgram, List<CommunityViews.Hub>> byProgram = hubs().stream()
			.collect(Collectors.groupingBy(CommunityViews.Hub::program));
		return Arrays.stream(CommunityProgram.values())
			.map(p -> new CommunityViews.ProgramHubs(p, p.label(), p.basis(), byProgram.getOrDefault(p, List.of())))
			.toList();
	}

	@Transactional(readOnly = true)
	public CommunityViews.Hub hub(UUID id) {
		return records.hub(tenant(), id).orElseThrow(() -> new NotFoundException("hub", id.toString()));
	}

	/**
	 * What the program rules say of a hub by its facts: 地域活動支援センターの類型 or 地域子育て支援拠点の基準
	 * (other programs: {@code applies} false); facts still missing are named.
	 */
	@Transactional(readOnly = true)
	public CommunityViews.HubStandard hubStandard(UUID id) {
		CommunityViews.Hub hub = hub(id);
		return standards.standard(hub, records.hubFacts(tenant(), id).orElseThrow());
	}

	/** Sets a hub's facts for its standard (empty = unknown); for those who keep the hubs; a stale version is refused (409). */
	public CommunityViews.HubStandard setHubFacts(UUID id, CommunityForms.HubFacts facts) {
		Actor actor = maintainer();
		hub(id);
		HubStandards.check(facts);
		records.updateHubFacts(actor.tenantId(), id, facts);
		return hubStandard(id);
	}

	// --- platforms

	public CommunityViews.Platform addPlatform(CommunityForms.NewPlatform form) {
		Actor actor = maintainer();
		UUID id = UUID.randomUUID();
		records.insertPlatform(actor.tenantId(), id, form);
		return platform(id);
	}

	public CommunityViews.Platform addMember(UUID platform, CommunityForms.NewMember form) {
		Actor actor = maintainer();
		platform(platform);
		records.insertMember(actor.tenantId(), platform, UUID.randomUUID(), form);
		return platform(platform);
	}

	/** Records a platform meeting; a shortage it raised goes into the register as a 地域課題 (提起). */
	public CommunityViews.PlatformMeeting addPlatformMeeting(UUID platform, CommunityForms.NewPlatformMeeting form) {
		Actor actor = maintainer();
		platform(platform);
		if (form.heldOn().isAfter(today())) {
			throw new InvalidField("heldOn", "開催日に未来の日付は入力できません（開催後に記録します）");
		}
		UUID id = UUID.randomUUID();
		records.insertPlatformMeeting(actor.tenantId(), platform, id, form);
		if (form.raisedIssue() != null && !form.raisedIssue().isBlank()) {
			newIssue(actor, form.raisedIssue().strip(), null, null, IssueSource.PLATFORM_MEETING, null, id, form.heldOn(),
					"プラットフォームの会合「" + form.theme().strip() + "」で提起");
		}
		return platform(platform).meetings().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<CommunityViews.Platform> platforms() {
		TenantId tenant = tenant();
		return records.platformIds(tenant).stream().map(id -> records.platform(tenant, id).orElseThrow()).toList();
	}

	@Transactional(readOnly = true)
	public CommunityViews.Platform platform(UUID id) {
		return records.platform(tenant(), id).orElseThrow(() -> new NotFoundException("platform", id.toString()));
	}

	/** The 地域課題 raised at the platform's meetings. */
	@Transactional(readOnly = true)
	public List<CommunityViews.Issue> issuesOfPlatform(UUID platform) {
		platform(platform);
		return views(records.issuesOfPlatformMeetings(tenant(), platform));
	}

	// --- coordinators

	public CommunityViews.Coordinator addCoordinator(CommunityForms.NewCoordinator form) {
		Actor actor = maintainer();
		UUID id = UUID.randomUUID();
		records.insertCoordinator(actor.tenantId(), id, form);
		return coordinators().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<CommunityViews.Coordinator> coordinators() {
		return records.coordinators(tenant());
	}

	// --- events

	public CommunityViews.Event addEvent(CommunityForms.NewEvent form) {
		Actor actor = maintainer();
		EventRules.refusal(form, today()).ifPresent(r -> {
			throw r.exception();
		});
		if (form.hub() != null && records.hub(actor.tenantId(), form.hub()).isEmpty()) {
			throw new InvalidField("hub", "選んだ拠点が見つかりません");
		}
		if (form.platform() != null && records.platform(actor.tenantId(), form.platform()).isEmpty()) {
			throw new InvalidField("platform", "選んだプラットフォームが見つかりません");
		}
		UUID id = UUID.randomUUID();
		records.insertEvent(actor.tenantId(), id, form);
		return records.event(actor.tenantId(), id).orElseThrow();
	}

	/** Every event, newest first. */
	@Transactional(readOnly = true)
	public List<CommunityViews.Event> events() {
		return records.events(tenant(), null);
	}

	/** Events from today on, soonest first. */
	@Transactional(readOnly = true)
	public List<CommunityViews.Event> upcomingEvents() {
		return records.events(tenant(), today());
	}

	// --- 地域課題 register

	/** A 地域課題 raised by a coordinator, at a platform meeting or otherwise; it starts as 提起. */
	public CommunityViews.Issue raise(CommunityForms.NewIssue form) {
		Actor actor = maintainer();
		if (form.raisedBy() == IssueSource.CONFERENCE) {
			throw new InvalidField("raisedBy", "会議で提起された地域課題は「会議の地域課題を取り込む」から登録してください");
		}
		if (form.raisedBy() == IssueSource.COORDINATOR
				&& (form.coordinator() == null || !records.coordinatorExists(actor.tenantId(), form.coordinator()))) {
			throw new InvalidField("coordinator", "提起したコーディネーターを選んでください");
		}
		if (form.raisedBy() == IssueSource.PLATFORM_MEETING
				&& (form.platformMeeting() == null || records.platformOfMeeting(actor.tenantId(), form.platformMeeting()).isEmpty())) {
			throw new InvalidField("platformMeeting", "提起したプラットフォームの会合を選んでください");
		}
		LocalDate raisedOn = form.raisedOn() == null ? today() : form.raisedOn();
		if (raisedOn.isAfter(today())) {
			throw new InvalidField("raisedOn", "提起日に未来の日付は入力できません");
		}
		UUID id = newIssue(actor, form.title().strip(), form.description(), form.area(), form.raisedBy(),
				form.raisedBy() == IssueSource.COORDINATOR ? form.coordinator() : null,
				form.raisedBy() == IssueSource.PLATFORM_MEETING ? form.platformMeeting() : null, raisedOn, null);
		return issue(id);
	}

	/** The register, open issues first, optionally of one status. */
	@Transactional(readOnly = true)
	public List<CommunityViews.Issue> issues(IssueStatus status) {
		return views(records.issues(tenant(), status));
	}

	@Transactional(readOnly = true)
	public CommunityViews.Issue issue(UUID id) {
		TenantId tenant = tenant();
		return views(List.of(records.issue(tenant, id).orElseThrow(() -> new NotFoundException("community-issue",
				id.toString())))).get(0);
	}

	/** Rewords an issue (title, description, area); a stale version is refused (409). */
	public CommunityViews.Issue editIssue(UUID id, CommunityForms.EditIssue form) {
		Actor actor = maintainer();
		records.issue(actor.tenantId(), id).orElseThrow(() -> new NotFoundException("community-issue", id.toString()));
		records.updateIssue(actor.tenantId(), id, form);
		return issue(id);
	}

	/** Moves an issue on ({@link IssueTransitions}); a stale version is refused (409). */
	public CommunityViews.Issue changeStatus(UUID id, CommunityForms.StatusChange form) {
		Actor actor = maintainer();
		CommunityRecords.IssueRow row = records.issue(actor.tenantId(), id)
			.orElseThrow(() -> new NotFoundException("community-issue", id.toString()));
		if (row.version() != form.version()) {
			throw new org.springframework.dao.OptimisticLockingFailureException("community issue " + id + " is stale");
		}
		IssueTransitions.refusal(row.status(), form.status(), form.resourceName(), form.note()).ifPresent(r -> {
			throw r.exception();
		});
		boolean created = form.status() == IssueStatus.RESOURCE_CREATED;
		records.changeStatus(actor.tenantId(), id, form.version(), form.status(), created ? form.resourceName() : null,
				created ? form.resourceDescription() : null);
		records.insertStatusChange(actor.tenantId(), id, row.status(), form.status(), today(), actor.userId().value(),
				form.note());
		return issue(id);
	}

	/** Role C decisions of conferences not yet in the register, for the 取り込む action. */
	@Transactional(readOnly = true)
	public List<CommunityViews.Unregistered> unregisteredDecisions() {
		Actor actor = maintainer();
		Set<UUID> registered = records.allLinks(actor.tenantId()).stream()
			.map(CommunityRecords.ConferenceLink::decisionId)
			.collect(Collectors.toSet());
		Visibility visibility = new Visibility();
		return meetings.communityIssuesForRegister().stream()
			.filter(c -> !registered.contains(c.decisionId()))
			.map(c -> {
				boolean caseShown = c.caseId() != null && visibility.caseOpenable(c.caseId());
				return new CommunityViews.Unregistered(c.decisionId(), c.meetingId(), c.meetingTitle(), c.raisedOn(), c.text(),
						visibility.meetingOpenable(c.meetingId()), caseShown ? c.caseId() : null, c.caseId() != null && !caseShown);
			})
			.toList();
	}

	/** Takes a conference's role C decision into the register as a new 地域課題 (提起). */
	public CommunityViews.Issue importDecision(CommunityForms.ImportDecision form) {
		Actor actor = maintainer();
		CommunityIssue decision = registrable(actor, form.decisionId());
		String title = form.title() == null || form.title().isBlank() ? shorten(decision.text()) : form.title().strip();
		UUID id = newIssue(actor, title, decision.text(), null, IssueSource.CONFERENCE, null, null,
				decision.raisedOn() == null ? today() : decision.raisedOn(), "会議「" + decision.meetingTitle() + "」の地域課題を取り込み");
		link(actor, id, decision);
		return issue(id);
	}

	/** Links one more conference decision of role C to an existing 地域課題 (raised again). */
	public CommunityViews.Issue linkDecision(UUID issueId, CommunityForms.LinkDecision form) {
		Actor actor = maintainer();
		records.issue(actor.tenantId(), issueId).orElseThrow(() -> new NotFoundException("community-issue", issueId.toString()));
		CommunityIssue decision = registrable(actor, form.decisionId());
		link(actor, issueId, decision);
		return issue(issueId);
	}

	/** Imports every role C decision not yet registered, each as its own 地域課題; returns their ids. */
	public List<UUID> importAll() {
		List<UUID> ids = new ArrayList<>();
		for (CommunityViews.Unregistered u : unregisteredDecisions()) {
			ids.add(importDecision(new CommunityForms.ImportDecision(u.decisionId(), null)).id());
		}
		return ids;
	}

	private CommunityIssue registrable(Actor actor, UUID decisionId) {
		CommunityIssue decision = meetings.communityIssuesForRegister().stream()
			.filter(c -> c.decisionId().equals(decisionId))
			.findFirst()
			.orElseThrow(() -> new InvalidField("decisionId", "会議で「社会資源の不足の把握（地域課題）」として記録された決定ではありません"));
		records.issueOfDecision(actor.tenantId(), decisionId).ifPresent(existing -> {
			throw new RuleViolation("DECISION_ALREADY_REGISTERED", "この会議の決定はすでに地域課題「"
					+ records.issue(actor.tenantId(), existing).map(CommunityRecords.IssueRow::title).orElse("") + "」に登録されています");
		});
		return decision;
	}

	private void link(Actor actor, UUID issueId, CommunityIssue d) {
		records.link(actor.tenantId(), new CommunityRecords.ConferenceLink(issueId, d.decisionId(), d.meetingId(),
				d.meetingTitle(), d.raisedOn(), d.caseId(), d.text()), actor.userId().value());
	}

	private UUID newIssue(Actor actor, String title, String description, String area, IssueSource source, UUID coordinator,
			UUID platformMeeting, LocalDate raisedOn, String note) {
		UUID id = UUID.randomUUID();
		records.insertIssue(actor.tenantId(), new CommunityRecords.IssueRow(id, title, blankToNull(description),
				blankToNull(area), IssueStatus.RAISED, source, coordinator, platformMeeting, raisedOn, null, null, 0));
		records.insertStatusChange(actor.tenantId(), id, null, IssueStatus.RAISED, raisedOn, actor.userId().value(), note);
		return id;
	}

	/** Builds the views with the conferences and cases behind each issue, as this user may see them. */
	private List<CommunityViews.Issue> views(List<CommunityRecords.IssueRow> rows) {
		TenantId tenant = tenant();
		Map<UUID, List<CommunityRecords.ConferenceLink>> links = rows.size() == 1
				? Map.of(rows.get(0).id(), records.links(tenant, rows.get(0).id()))
				: records.allLinks(tenant).stream().collect(Collectors.groupingBy(CommunityRecords.ConferenceLink::issueId));
		Visibility visibility = new Visibility();
		return rows.stream().map(r -> {
			List<CommunityViews.RaisedAt> raised = new ArrayList<>();
			Set<UUID> shownCases = new LinkedHashSet<>();
			Set<UUID> hiddenCases = new LinkedHashSet<>();
			for (CommunityRecords.ConferenceLink l : links.getOrDefault(r.id(), List.of())) {
				boolean caseShown = l.caseId() != null && visibility.caseOpenable(l.caseId());
				if (l.caseId() != null) {
					(caseShown ? shownCases : hiddenCases).add(l.caseId());
				}
				raised.add(new CommunityViews.RaisedAt(l.decisionId(), l.meetingId(), l.meetingTitle(), l.raisedOn(), l.text(),
						visibility.meetingOpenable(l.meetingId()), caseShown ? l.caseId() : null, l.caseId() != null && !caseShown));
			}
			return new CommunityViews.Issue(r.id(), r.title(), r.description(), r.area(), r.status(), r.status().label(),
					r.raisedBy(), r.raisedBy().label(), r.coordinator(), r.platformMeeting(), r.raisedOn(), r.resourceName(),
					r.resourceDescription(), r.version(), raised, List.copyOf(shownCases), hiddenCases.size(),
					rows.size() == 1 ? records.history(tenant, r.id()) : List.of(), List.copyOf(IssueTransitions.next(r.status())));
		}).toList();
	}

	/** Asks casework and meeting once per id whether the user may open it. */
	private final class Visibility {

		private final Map<UUID, Boolean> cases = new HashMap<>();
		private final Map<UUID, Boolean> meetings = new HashMap<>();

		boolean caseOpenable(UUID id) {
			return cases.computeIfAbsent(id, CommunityManagement.this.cases::mayOpen);
		}

		boolean meetingOpenable(UUID id) {
			return meetings.computeIfAbsent(id, CommunityManagement.this.meetings::mayOpen);
		}
	}

	private Actor maintainer() {
		Actor actor = ActorContext.require();
		if (!CommunityAccess.mayMaintain(actor, agencyKind(actor))) {
			throw new AccessDeniedException("地域づくりの記録を変更できるのは、市町村の担当課と地域づくり事業者です");
		}
		return actor;
	}

	private AgencyKind agencyKind(Actor actor) {
		return organization.agency(actor.agencyId()).kind();
	}

	private static TenantId tenant() {
		return ActorContext.require().tenantId();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static String shorten(String text) {
		String t = text.strip();
		return t.length() <= 200 ? t : t.substring(0, 199) + "…";
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
