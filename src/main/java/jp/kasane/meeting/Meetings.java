package jp.kasane.meeting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.kasane.casework.DecisionType;
import jp.kasane.shared.TenantId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Meetings of the current tenant with participants, agenda, decisions and pledges. */
@Repository
class Meetings {

	/** The meeting itself, without its lists. */
	record Row(UUID id, MeetingKind kind, String title, OffsetDateTime scheduledAt, boolean regular, boolean online,
			String status, LocalDate heldOn, String reusedBody, String timeSplit, String minutes, String attendees, int version) {
	}

	/** Meetings are held in Japan; times are shown in Japan time whatever the database session's zone. */
	private static final java.time.ZoneId TOKYO = java.time.ZoneId.of("Asia/Tokyo");

	private final JdbcClient jdbc;

	Meetings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Row> find(TenantId tenant, UUID id) {
		return jdbc.sql("SELECT * FROM meeting WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.query((rs, n) -> new Row(id, MeetingKind.valueOf(rs.getString("kind")), rs.getString("title"),
					rs.getObject("scheduled_at", OffsetDateTime.class).atZoneSameInstant(TOKYO).toOffsetDateTime(),
					rs.getBoolean("regular"), rs.getBoolean("online"),
					rs.getString("status"), rs.getObject("held_on", LocalDate.class), rs.getString("reused_body"),
					rs.getString("time_split"), rs.getString("minutes"), rs.getString("attendees"), rs.getInt("version")))
			.optional();
	}

	void insert(TenantId tenant, UUID id, MeetingForms.Schedule form, OffsetDateTime at) {
		jdbc.sql("""
				INSERT INTO meeting (tenant_id, id, kind, title, reused_body, time_split, scheduled_at, regular, online, status)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'SCHEDULED')""")
			.params(tenant.value(), id, form.kind().name(), form.title().strip(), form.reusedBody(), form.timeSplit(), at,
					form.regular(), form.online())
			.update();
		for (UUID agency : form.invitedAgencies()) {
			jdbc.sql("INSERT INTO meeting_agency (tenant_id, meeting_id, agency_id, invited) VALUES (?, ?, ?, true)")
				.params(tenant.value(), id, agency)
				.update();
		}
	}

	void hold(TenantId tenant, UUID id, MeetingForms.Hold form, int version) {
		int rows = jdbc.sql("""
				UPDATE meeting SET status = 'HELD', held_on = ?, minutes = ?, attendees = ?, version = version + 1
				 WHERE tenant_id = ? AND id = ? AND version = ?""")
			.params(form.heldOn(), form.minutes(), form.attendees(), tenant.value(), id, version)
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("meeting " + id + " changed concurrently");
		}
		for (UUID agency : form.attendedAgencies()) {
			jdbc.sql("""
					INSERT INTO meeting_agency (tenant_id, meeting_id, agency_id, invited, attended) VALUES (?, ?, ?, false, true)
					ON CONFLICT (tenant_id, meeting_id, agency_id) DO UPDATE SET attended = true""")
				.params(tenant.value(), id, agency)
				.update();
		}
	}

	List<UUID> invited(TenantId tenant, UUID id) {
		return jdbc.sql("SELECT agency_id FROM meeting_agency WHERE tenant_id = ? AND meeting_id = ? AND invited")
			.params(tenant.value(), id)
			.query(UUID.class)
			.list();
	}

	List<UUID> attended(TenantId tenant, UUID id) {
		return jdbc.sql("SELECT agency_id FROM meeting_agency WHERE tenant_id = ? AND meeting_id = ? AND attended")
			.params(tenant.value(), id)
			.query(UUID.class)
			.list();
	}

	void addAgendaItem(TenantId tenant, UUID meeting, UUID id, MeetingForms.AgendaItem form) {
		jdbc.sql("INSERT INTO meeting_agenda_item (tenant_id, meeting_id, id, person_id, case_id, role, note) VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(tenant.value(), meeting, id, form.person(), form.caseId(), form.role().name(), form.note())
			.update();
	}

	List<MeetingView.Item> agenda(TenantId tenant, UUID meeting) {
		return jdbc.sql("SELECT * FROM meeting_agenda_item WHERE tenant_id = ? AND meeting_id = ? ORDER BY role, id")
			.params(tenant.value(), meeting)
			.query((rs, n) -> new MeetingView.Item(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
					rs.getObject("case_id", UUID.class), AgendaRole.valueOf(rs.getString("role")), rs.getString("note")))
			.list();
	}

	void addDecision(TenantId tenant, UUID meeting, UUID id, MeetingView.Item item, MeetingForms.Decision form) {
		jdbc.sql("INSERT INTO meeting_decision (tenant_id, meeting_id, id, agenda_item_id, case_id, type, text) VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(tenant.value(), meeting, id, item.id(), item.caseId(), form.type() == null ? null : form.type().name(),
					form.text().strip())
			.update();
	}

	List<MeetingView.Decided> decisions(TenantId tenant, UUID meeting) {
		return jdbc.sql("SELECT * FROM meeting_decision WHERE tenant_id = ? AND meeting_id = ?")
			.params(tenant.value(), meeting)
			.query((rs, n) -> new MeetingView.Decided(rs.getObject("id", UUID.class), rs.getObject("agenda_item_id", UUID.class),
					rs.getObject("case_id", UUID.class), rs.getString("type") == null ? null : DecisionType.valueOf(rs.getString("type")),
					rs.getString("text")))
			.list();
	}

	/** A decision with its meeting's kind and status, for the case guards. */
	record DecisionRow(UUID id, UUID meetingId, UUID caseId, DecisionType type, MeetingKind kind, String status) {
	}

	Optional<DecisionRow> decision(TenantId tenant, UUID id) {
		return jdbc.sql("""
				SELECT d.id, d.meeting_id, d.case_id, d.type, m.kind, m.status FROM meeting_decision d
				  JOIN meeting m ON m.tenant_id = d.tenant_id AND m.id = d.meeting_id
				 WHERE d.tenant_id = ? AND d.id = ?""")
			.params(tenant.value(), id)
			.query((rs, n) -> new DecisionRow(id, rs.getObject("meeting_id", UUID.class), rs.getObject("case_id", UUID.class),
					rs.getString("type") == null ? null : DecisionType.valueOf(rs.getString("type")),
					MeetingKind.valueOf(rs.getString("kind")), rs.getString("status")))
			.optional();
	}

	List<UUID> decisionIdsForCase(TenantId tenant, UUID caseId) {
		return jdbc.sql("SELECT id FROM meeting_decision WHERE tenant_id = ? AND case_id = ? AND type IS NOT NULL")
			.params(tenant.value(), caseId)
			.query(UUID.class)
			.list();
	}

	/** Meetings whose invited agencies include the given one (all meetings for municipal staff), newest first. */
	List<Row> recent(TenantId tenant, UUID agency, boolean all) {
		return jdbc.sql("""
				SELECT m.id FROM meeting m WHERE m.tenant_id = ? AND (? OR EXISTS (SELECT 1 FROM meeting_agency a
				 WHERE a.tenant_id = m.tenant_id AND a.meeting_id = m.id AND a.agency_id = ? AND a.invited))
				 ORDER BY m.scheduled_at DESC LIMIT 100""")
			.params(tenant.value(), all, agency)
			.query(UUID.class)
			.list()
			.stream()
			.map(id -> find(tenant, id).orElseThrow())
			.toList();
	}

	/** Meetings (not cancelled) with the person on the agenda, oldest first. */
	List<Row> about(TenantId tenant, UUID person) {
		return jdbc.sql("""
				SELECT DISTINCT m.id, m.scheduled_at FROM meeting m JOIN meeting_agenda_item i ON i.tenant_id = m.tenant_id AND i.meeting_id = m.id
				 WHERE m.tenant_id = ? AND i.person_id = ? AND m.status <> 'CANCELLED' ORDER BY m.scheduled_at, m.id""")
			.params(tenant.value(), person)
			.query((rs, n) -> rs.getObject("id", UUID.class))
			.list()
			.stream()
			.map(id -> find(tenant, id).orElseThrow())
			.toList();
	}

	/** Decisions on agenda items of role C (社会資源の不足), which are the 地域課題 the conferences raised. */
	List<CommunityIssue> communityIssues(TenantId tenant) {
		return jdbc.sql("""
				SELECT d.id AS decision_id, m.id AS meeting_id, m.title, m.held_on, d.text, i.case_id FROM meeting_decision d
				  JOIN meeting_agenda_item i ON i.tenant_id = d.tenant_id AND i.meeting_id = d.meeting_id AND i.id = d.agenda_item_id
				  JOIN meeting m ON m.tenant_id = d.tenant_id AND m.id = d.meeting_id
				 WHERE d.tenant_id = ? AND i.role = 'C' AND m.kind <> 'SUPPORT_CONFERENCE'
				 ORDER BY m.held_on DESC NULLS LAST""")
			.params(tenant.value())
			.query((rs, n) -> new CommunityIssue(rs.getObject("decision_id", UUID.class), rs.getObject("meeting_id", UUID.class),
					rs.getString("title"),
					rs.getObject("held_on", LocalDate.class), rs.getString("text"), rs.getObject("case_id", UUID.class)))
			.list();
	}

	void pledge(TenantId tenant, UUID meeting, UUID user) {
		jdbc.sql("INSERT INTO meeting_pledge (tenant_id, meeting_id, user_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
			.params(tenant.value(), meeting, user)
			.update();
	}

	boolean pledged(TenantId tenant, UUID meeting, UUID user) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM meeting_pledge WHERE tenant_id = ? AND meeting_id = ? AND user_id = ?)")
			.params(tenant.value(), meeting, user)
			.query(Boolean.class)
			.single();
	}

	/**
	 * People on the agenda of 支援会議 (not cancelled) to which the agency is invited and whose pledge the
	 * user has signed: person → the most recent such meeting.
	 */
	java.util.Map<UUID, UUID> pledgedAgendaPeople(TenantId tenant, UUID agency, UUID user) {
		java.util.Map<UUID, UUID> people = new java.util.LinkedHashMap<>();
		jdbc.sql("""
				SELECT i.person_id, m.id FROM meeting_agenda_item i
				  JOIN meeting m ON m.tenant_id = i.tenant_id AND m.id = i.meeting_id
				 WHERE i.tenant_id = ? AND m.kind = 'SUPPORT_CONFERENCE' AND m.status <> 'CANCELLED'
				   AND EXISTS (SELECT 1 FROM meeting_agency a WHERE a.tenant_id = m.tenant_id AND a.meeting_id = m.id
				               AND a.agency_id = ? AND a.invited)
				   AND EXISTS (SELECT 1 FROM meeting_pledge p WHERE p.tenant_id = m.tenant_id AND p.meeting_id = m.id
				               AND p.user_id = ?)
				 ORDER BY m.scheduled_at""")
			.params(tenant.value(), agency, user)
			.query(rs -> {
				people.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
			});
		return people;
	}

	MeetingView view(TenantId tenant, Row m) {
		return new MeetingView(m.id(), m.kind(), m.kind().label(), m.title(), m.scheduledAt(), m.regular(), m.online(),
				m.status(), m.heldOn(), m.reusedBody(), m.timeSplit(), invited(tenant, m.id()), attended(tenant, m.id()),
				agenda(tenant, m.id()), m.minutes(), m.attendees(), decisions(tenant, m.id()), m.version());
	}
}
