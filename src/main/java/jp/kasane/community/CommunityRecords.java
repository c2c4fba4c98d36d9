package jp.kasane.community;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.kasane.shared.TenantId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Hubs, platforms, coordinators, events and the 地域課題 register of the current tenant. */
@Repository
class CommunityRecords {

	/** A 地域課題 row, without its links. */
	record IssueRow(UUID id, String title, String description, String area, IssueStatus status, IssueSource raisedBy,
			UUID coordinator, UUID platformMeeting, LocalDate raisedOn, String resourceName, String resourceDescription,
			int version) {
	}

	/** A conference decision linked to an issue, as stored when it was linked. */
	record ConferenceLink(UUID issueId, UUID decisionId, UUID meetingId, String meetingTitle, LocalDate raisedOn,
			UUID caseId, String text) {
	}

	private final JdbcClient jdbc;

	CommunityRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// --- hubs

	void insertHub(TenantId tenant, UUID id, CommunityForms.NewHub f) {
		jdbc.sql("""
				INSERT INTO community_hub (tenant_id, id, program, name, operator, area, serves, open_to_other_generations,
				                           schedule, place_id, note)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenant.value(), id, f.program().name(), f.name().strip(), f.operator().strip(), strip(f.area()),
					f.serves().name(), f.openToOtherGenerations(), strip(f.schedule()), f.place(), strip(f.note()))
			.update();
	}

	void updateHub(TenantId tenant, UUID id, CommunityForms.NewHub f, int version) {
		int rows = jdbc.sql("""
				UPDATE community_hub SET program = ?, name = ?, operator = ?, area = ?, serves = ?, open_to_other_generations = ?,
				       schedule = ?, place_id = ?, note = ?, version = version + 1
				 WHERE tenant_id = ? AND id = ? AND version = ?""")
			.params(f.program().name(), f.name().strip(), f.operator().strip(), strip(f.area()), f.serves().name(),
					f.openToOtherGenerations(), strip(f.schedule()), f.place(), strip(f.note()), tenant.value(), id, version)
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("community hub " + id + " changed concurrently");
		}
	}

	List<CommunityViews.Hub> hubs(TenantId tenant) {
		return jdbc.sql("SELECT * FROM community_hub WHERE tenant_id = ? ORDER BY program, name")
			.params(tenant.value())
			.query(CommunityRecords::hub)
			.list();
	}

	Optional<CommunityViews.Hub> hub(TenantId tenant, UUID id) {
		return jdbc.sql("SELECT * FROM community_hub WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.query(CommunityRecords::hub)
			.optional();
	}

	Optional<CommunityForms.HubFacts> hubFacts(TenantId tenant, UUID id) {
		return jdbc.sql("SELECT * FROM community_hub WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.query((rs, n) -> {
				String form = rs.getString("hub_form");
				java.math.BigDecimal users = rs.getBigDecimal("daily_users");
				java.math.BigDecimal hours = rs.getBigDecimal("hours_per_day");
				return new CommunityForms.HubFacts(users == null ? null : users.stripTrailingZeros(),
						rs.getObject("staff", Integer.class), rs.getObject("full_time_staff", Integer.class),
						rs.getObject("dedicated_staff", Integer.class), rs.getObject("consultation_support", Boolean.class),
						rs.getObject("track_record_years", Integer.class),
						form == null ? null : jp.kasane.rules.ChildRearingHubType.valueOf(form),
						rs.getObject("days_per_week", Integer.class), hours == null ? null : hours.stripTrailingZeros(),
						rs.getObject("lectures_per_month", Integer.class), rs.getObject("activities", Integer.class),
						rs.getInt("version"));
			})
			.optional();
	}

	void updateHubFacts(TenantId tenant, UUID id, CommunityForms.HubFacts f) {
		int rows = jdbc.sql("""
				UPDATE community_hub SET daily_users = ?, staff = ?, full_time_staff = ?, dedicated_staff = ?,
				       consultation_support = ?, track_record_years = ?, hub_form = ?, days_per_week = ?, hours_per_day = ?,
				       lectures_per_month = ?, activities = ?, version = version + 1
				 WHERE tenant_id = ? AND id = ? AND version = ?""")
			.params(f.dailyUsers(), f.staff(), f.fullTimeStaff(), f.dedicatedStaff(), f.consultationSupport(),
					f.trackRecordYears(), f.hubForm() == null ? null : f.hubForm().name(), f.daysPerWeek(), f.hoursPerDay(),
					f.lecturesPerMonth(), f.activities(), tenant.value(), id, f.version())
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("community hub " + id + " changed concurrently");
		}
	}

	private static CommunityViews.Hub hub(ResultSet rs, int n) throws SQLException {
		CommunityProgram program = CommunityProgram.valueOf(rs.getString("program"));
		ServedGroup serves = ServedGroup.valueOf(rs.getString("serves"));
		return new CommunityViews.Hub(rs.getObject("id", UUID.class), program, program.label(), program.basis(),
				rs.getString("name"), rs.getString("operator"), rs.getString("area"), serves, serves.label(),
				rs.getBoolean("open_to_other_generations"), rs.getString("schedule"), rs.getObject("place_id", UUID.class),
				rs.getString("note"), rs.getInt("version"));
	}

	// --- platforms

	void insertPlatform(TenantId tenant, UUID id, CommunityForms.NewPlatform f) {
		jdbc.sql("INSERT INTO community_platform (tenant_id, id, name, area, purpose) VALUES (?, ?, ?, ?, ?)")
			.params(tenant.value(), id, f.name().strip(), strip(f.area()), strip(f.purpose()))
			.update();
	}

	void insertMember(TenantId tenant, UUID platform, UUID id, CommunityForms.NewMember f) {
		jdbc.sql("""
				INSERT INTO community_platform_member (tenant_id, platform_id, id, name, kind, non_welfare)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(tenant.value(), platform, id, f.name().strip(), f.kind().name(), f.kind().nonWelfare())
			.update();
	}

	void insertPlatformMeeting(TenantId tenant, UUID platform, UUID id, CommunityForms.NewPlatformMeeting f) {
		jdbc.sql("""
				INSERT INTO community_platform_meeting (tenant_id, platform_id, id, held_on, theme, participants, notes)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(tenant.value(), platform, id, f.heldOn(), f.theme().strip(), f.participants(), strip(f.notes()))
			.update();
	}

	List<UUID> platformIds(TenantId tenant) {
		return jdbc.sql("SELECT id FROM community_platform WHERE tenant_id = ? ORDER BY name")
			.params(tenant.value())
			.query(UUID.class)
			.list();
	}

	Optional<CommunityViews.Platform> platform(TenantId tenant, UUID id) {
		return jdbc.sql("SELECT * FROM community_platform WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.query((rs, n) -> new CommunityViews.Platform(id, rs.getString("name"), rs.getString("area"),
					rs.getString("purpose"), members(tenant, id), platformMeetings(tenant, id)))
			.optional();
	}

	private List<CommunityViews.Member> members(TenantId tenant, UUID platform) {
		return jdbc.sql("SELECT * FROM community_platform_member WHERE tenant_id = ? AND platform_id = ? ORDER BY created_at, name")
			.params(tenant.value(), platform)
			.query((rs, n) -> {
				MemberKind kind = MemberKind.valueOf(rs.getString("kind"));
				return new CommunityViews.Member(rs.getObject("id", UUID.class), rs.getString("name"), kind, kind.label(),
						rs.getBoolean("non_welfare"));
			})
			.list();
	}

	private List<CommunityViews.PlatformMeeting> platformMeetings(TenantId tenant, UUID platform) {
		return jdbc.sql("SELECT * FROM community_platform_meeting WHERE tenant_id = ? AND platform_id = ? ORDER BY held_on DESC")
			.params(tenant.value(), platform)
			.query((rs, n) -> new CommunityViews.PlatformMeeting(rs.getObject("id", UUID.class), platform,
					rs.getObject("held_on", LocalDate.class), rs.getString("theme"), rs.getInt("participants"),
					rs.getString("notes")))
			.list();
	}

	Optional<UUID> platformOfMeeting(TenantId tenant, UUID platformMeeting) {
		return jdbc.sql("SELECT platform_id FROM community_platform_meeting WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), platformMeeting)
			.query(UUID.class)
			.optional();
	}

	// --- coordinators

	void insertCoordinator(TenantId tenant, UUID id, CommunityForms.NewCoordinator f) {
		jdbc.sql("INSERT INTO community_coordinator (tenant_id, id, name, role, area, agency_name) VALUES (?, ?, ?, ?, ?, ?)")
			.params(tenant.value(), id, f.name().strip(), f.role().name(), strip(f.area()), f.agencyName().strip())
			.update();
	}

	List<CommunityViews.Coordinator> coordinators(TenantId tenant) {
		return jdbc.sql("SELECT * FROM community_coordinator WHERE tenant_id = ? ORDER BY role, area NULLS FIRST, name")
			.params(tenant.value())
			.query((rs, n) -> {
				CoordinatorRole role = CoordinatorRole.valueOf(rs.getString("role"));
				return new CommunityViews.Coordinator(rs.getObject("id", UUID.class), rs.getString("name"), role, role.label(),
						rs.getString("area"), rs.getString("agency_name"));
			})
			.list();
	}

	boolean coordinatorExists(TenantId tenant, UUID id) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM community_coordinator WHERE tenant_id = ? AND id = ?)")
			.params(tenant.value(), id)
			.query(Boolean.class)
			.single();
	}

	// --- events

	void insertEvent(TenantId tenant, UUID id, CommunityForms.NewEvent f) {
		jdbc.sql("""
				INSERT INTO community_event (tenant_id, id, title, kind, held_on, hub_id, platform_id, children, youth,
				                             working_age, seniors, note)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenant.value(), id, f.title().strip(), f.kind().name(), f.heldOn(), f.hub(), f.platform(), n(f.children()),
					n(f.youth()), n(f.workingAge()), n(f.seniors()), strip(f.note()))
			.update();
	}

	/** Events from the given day on (upcoming) or all, newest first. */
	List<CommunityViews.Event> events(TenantId tenant, LocalDate from) {
		return jdbc.sql("""
				SELECT * FROM community_event WHERE tenant_id = ? AND (CAST(? AS date) IS NULL OR held_on >= ?)
				 ORDER BY CASE WHEN CAST(? AS date) IS NULL THEN NULL ELSE held_on END ASC, held_on DESC, title""")
			.params(tenant.value(), from, from, from)
			.query(CommunityRecords::event)
			.list();
	}

	Optional<CommunityViews.Event> event(TenantId tenant, UUID id) {
		return jdbc.sql("SELECT * FROM community_event WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.query(CommunityRecords::event)
			.optional();
	}

	private static CommunityViews.Event event(ResultSet rs, int n) throws SQLException {
		EventKind kind = EventKind.valueOf(rs.getString("kind"));
		return new CommunityViews.Event(rs.getObject("id", UUID.class), rs.getString("title"), kind, kind.label(),
				rs.getObject("held_on", LocalDate.class), rs.getObject("hub_id", UUID.class),
				rs.getObject("platform_id", UUID.class), rs.getInt("children"), rs.getInt("youth"), rs.getInt("working_age"),
				rs.getInt("seniors"), rs.getString("note"));
	}

	// --- 地域課題

	void insertIssue(TenantId tenant, IssueRow i) {
		jdbc.sql("""
				INSERT INTO community_issue (tenant_id, id, title, description, area, status, raised_by, coordinator_id,
				                             platform_meeting_id, raised_on)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenant.value(), i.id(), i.title(), i.description(), i.area(), i.status().name(), i.raisedBy().name(),
					i.coordinator(), i.platformMeeting(), i.raisedOn())
			.update();
	}

	Optional<IssueRow> issue(TenantId tenant, UUID id) {
		return jdbc.sql("SELECT * FROM community_issue WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.query(CommunityRecords::issue)
			.optional();
	}

	/** Issues, open ones first and newest first, optionally of one status. */
	List<IssueRow> issues(TenantId tenant, IssueStatus status) {
		return jdbc.sql("""
				SELECT * FROM community_issue WHERE tenant_id = ? AND (CAST(? AS text) IS NULL OR status = ?)
				 ORDER BY status IN ('RESOURCE_CREATED', 'DECLINED'), raised_on DESC, title""")
			.params(tenant.value(), status == null ? null : status.name(), status == null ? null : status.name())
			.query(CommunityRecords::issue)
			.list();
	}

	List<IssueRow> issuesOfPlatformMeetings(TenantId tenant, UUID platform) {
		return jdbc.sql("""
				SELECT i.* FROM community_issue i JOIN community_platform_meeting m
				  ON m.tenant_id = i.tenant_id AND m.id = i.platform_meeting_id
				 WHERE i.tenant_id = ? AND m.platform_id = ? ORDER BY i.raised_on DESC""")
			.params(tenant.value(), platform)
			.query(CommunityRecords::issue)
			.list();
	}

	private static IssueRow issue(ResultSet rs, int n) throws SQLException {
		return new IssueRow(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("description"),
				rs.getString("area"), IssueStatus.valueOf(rs.getString("status")), IssueSource.valueOf(rs.getString("raised_by")),
				rs.getObject("coordinator_id", UUID.class), rs.getObject("platform_meeting_id", UUID.class),
				rs.getObject("raised_on", LocalDate.class), rs.getString("resource_name"), rs.getString("resource_description"),
				rs.getInt("version"));
	}

	void changeStatus(TenantId tenant, UUID id, int version, IssueStatus to, String resourceName, String resourceDescription) {
		int rows = jdbc.sql("""
				UPDATE community_issue SET status = ?, resource_name = COALESCE(?, resource_name),
				       resource_description = COALESCE(?, resource_description), version = version + 1
				 WHERE tenant_id = ? AND id = ? AND version = ?""")
			.params(to.name(), strip(resourceName), strip(resourceDescription), tenant.value(), id, version)
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("community issue " + id + " changed concurrently");
		}
	}

	void updateIssue(TenantId tenant, UUID id, CommunityForms.EditIssue f) {
		int rows = jdbc.sql("""
				UPDATE community_issue SET title = ?, description = ?, area = ?, version = version + 1
				 WHERE tenant_id = ? AND id = ? AND version = ?""")
			.params(f.title().strip(), strip(f.description()), strip(f.area()), tenant.value(), id, f.version())
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("community issue " + id + " changed concurrently");
		}
	}

	void insertStatusChange(TenantId tenant, UUID issue, IssueStatus from, IssueStatus to, LocalDate on, UUID by, String note) {
		jdbc.sql("""
				INSERT INTO community_issue_status_change (tenant_id, issue_id, id, from_status, to_status, changed_on, changed_by, note)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenant.value(), issue, UUID.randomUUID(), from == null ? null : from.name(), to.name(), on, by, strip(note))
			.update();
	}

	List<CommunityViews.StatusChanged> history(TenantId tenant, UUID issue) {
		return jdbc.sql("SELECT * FROM community_issue_status_change WHERE tenant_id = ? AND issue_id = ? ORDER BY changed_at, changed_on")
			.params(tenant.value(), issue)
			.query((rs, n) -> {
				IssueStatus to = IssueStatus.valueOf(rs.getString("to_status"));
				String from = rs.getString("from_status");
				return new CommunityViews.StatusChanged(from == null ? null : IssueStatus.valueOf(from), to, to.label(),
						rs.getObject("changed_on", LocalDate.class), rs.getString("note"));
			})
			.list();
	}

	void link(TenantId tenant, ConferenceLink l, UUID by) {
		jdbc.sql("""
				INSERT INTO community_issue_conference (tenant_id, issue_id, decision_id, meeting_id, meeting_title, raised_on,
				                                        case_id, text, linked_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenant.value(), l.issueId(), l.decisionId(), l.meetingId(), l.meetingTitle(), l.raisedOn(), l.caseId(),
					l.text(), by)
			.update();
	}

	List<ConferenceLink> links(TenantId tenant, UUID issue) {
		return jdbc.sql("SELECT * FROM community_issue_conference WHERE tenant_id = ? AND issue_id = ? ORDER BY raised_on, linked_at")
			.params(tenant.value(), issue)
			.query(CommunityRecords::link)
			.list();
	}

	List<ConferenceLink> allLinks(TenantId tenant) {
		return jdbc.sql("SELECT * FROM community_issue_conference WHERE tenant_id = ? ORDER BY raised_on, linked_at")
			.params(tenant.value())
			.query(CommunityRecords::link)
			.list();
	}

	Optional<UUID> issueOfDecision(TenantId tenant, UUID decision) {
		return jdbc.sql("SELECT issue_id FROM community_issue_conference WHERE tenant_id = ? AND decision_id = ?")
			.params(tenant.value(), decision)
			.query(UUID.class)
			.optional();
	}

	private static ConferenceLink link(ResultSet rs, int n) throws SQLException {
		return new ConferenceLink(rs.getObject("issue_id", UUID.class), rs.getObject("decision_id", UUID.class),
				rs.getObject("meeting_id", UUID.class), rs.getString("meeting_title"), rs.getObject("raised_on", LocalDate.class),
				rs.getObject("case_id", UUID.class), rs.getString("text"));
	}

	private static int n(Integer count) {
		return count == null ? 0 : count;
	}

	private static String strip(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
