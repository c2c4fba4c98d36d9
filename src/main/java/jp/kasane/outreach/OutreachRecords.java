package jp.kasane.outreach;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.kasane.shared.AgencyId;
import jp.kasane.shared.PersonId;
import jp.kasane.shared.TenantId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Outreach records with their attempts, notes and stage history. */
@Repository
class OutreachRecords {

	/** The record itself, with the dates of the last contact and the last attempt. */
	record Row(UUID id, PersonId person, AgencyId holder, Source source, String sourceDetail, LocalDate knownOn, Stage stage,
			LocalDate nextContactOn, UUID caseId, UUID supportDecision, LocalDate closedOn, CloseReason closeReason,
			String closeNote, LocalDate firstContactOn, LocalDate lastContactOn, LocalDate lastAttemptOn, LocalDate lastStageChangeOn,
			int version) {

		boolean closed() {
			return closedOn != null;
		}
	}

	private static final String SELECT = """
			SELECT r.*,
			       (SELECT min(a.attempted_on) FROM outreach_attempt a
			         WHERE a.tenant_id = r.tenant_id AND a.record_id = r.id AND a.contact_made) AS first_contact_on,
			       (SELECT max(s.changed_on) FROM outreach_stage_change s
			         WHERE s.tenant_id = r.tenant_id AND s.record_id = r.id) AS last_stage_change_on,
			       (SELECT max(a.attempted_on) FROM outreach_attempt a
			         WHERE a.tenant_id = r.tenant_id AND a.record_id = r.id AND a.contact_made) AS last_contact_on,
			       (SELECT max(a.attempted_on) FROM outreach_attempt a
			         WHERE a.tenant_id = r.tenant_id AND a.record_id = r.id) AS last_attempt_on
			  FROM outreach_record r""";

	private static final String ORDER = " ORDER BY r.closed_on IS NOT NULL, r.next_contact_on NULLS LAST, r.known_on";

	private final JdbcClient jdbc;

	OutreachRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(TenantId tenant, UUID id, PersonId person, AgencyId holder, OutreachForms.NewOutreach form, UUID user) {
		jdbc.sql("""
				INSERT INTO outreach_record (tenant_id, id, person_id, holder_agency, source, source_detail, known_on, stage,
				                             next_contact_on, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, 'KNOWN', ?, ?)""")
			.params(tenant.value(), id, person.value(), holder.value(), form.source().name(), blankToNull(form.sourceDetail()),
					form.knownOn(), form.nextContactOn(), user)
			.update();
	}

	Optional<Row> find(TenantId tenant, UUID id) {
		return jdbc.sql(SELECT + " WHERE r.tenant_id = ? AND r.id = ?")
			.params(tenant.value(), id)
			.query(OutreachRecords::row)
			.optional();
	}

	Optional<Row> openFor(TenantId tenant, PersonId person) {
		return jdbc.sql(SELECT + " WHERE r.tenant_id = ? AND r.person_id = ? AND r.closed_on IS NULL")
			.params(tenant.value(), person.value())
			.query(OutreachRecords::row)
			.optional();
	}

	/** Records of the tenant ({@code holder} null) or of one holding agency, open ones first by planned date. */
	List<Row> list(TenantId tenant, AgencyId holder) {
		if (holder == null) {
			return jdbc.sql(SELECT + " WHERE r.tenant_id = ?" + ORDER).params(tenant.value()).query(OutreachRecords::row).list();
		}
		return jdbc.sql(SELECT + " WHERE r.tenant_id = ? AND r.holder_agency = ?" + ORDER)
			.params(tenant.value(), holder.value())
			.query(OutreachRecords::row)
			.list();
	}

	/** Records of the given people (e.g. those on a 支援会議's agenda). */
	List<Row> ofPerson(TenantId tenant, PersonId person) {
		return jdbc.sql(SELECT + " WHERE r.tenant_id = ? AND r.person_id = ?" + ORDER)
			.params(tenant.value(), person.value())
			.query(OutreachRecords::row)
			.list();
	}

	/** Open records of an agency whose planned contact is on or before the day. */
	List<Row> dueBy(TenantId tenant, AgencyId holder, LocalDate day) {
		return jdbc.sql(SELECT + " WHERE r.tenant_id = ? AND r.holder_agency = ? AND r.closed_on IS NULL"
				+ " AND r.next_contact_on <= ? ORDER BY r.next_contact_on")
			.params(tenant.value(), holder.value(), day)
			.query(OutreachRecords::row)
			.list();
	}

	/** Bumps the version if it is still the one the user saw; every change of the record goes through here. */
	private void touch(TenantId tenant, UUID id, Integer version) {
		int rows = version == null
				? jdbc.sql("UPDATE outreach_record SET version = version + 1 WHERE tenant_id = ? AND id = ?")
					.params(tenant.value(), id).update()
				: jdbc.sql("UPDATE outreach_record SET version = version + 1 WHERE tenant_id = ? AND id = ? AND version = ?")
					.params(tenant.value(), id, version).update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("outreach " + id + " changed concurrently");
		}
	}

	void setStage(TenantId tenant, UUID id, int version, Stage from, Stage to, boolean backwards, String reason, UUID consent,
			LocalDate on, UUID user) {
		touch(tenant, id, version);
		jdbc.sql("UPDATE outreach_record SET stage = ? WHERE tenant_id = ? AND id = ?").params(to.name(), tenant.value(), id).update();
		addStageChange(tenant, id, from, to, backwards, reason, consent, on, user);
	}

	void addStageChange(TenantId tenant, UUID id, Stage from, Stage to, boolean backwards, String reason, UUID consent,
			LocalDate on, UUID user) {
		jdbc.sql("""
				INSERT INTO outreach_stage_change (tenant_id, record_id, changed_on, from_stage, to_stage, backwards, reason,
				                                   consent_id, recorded_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenant.value(), id, on, from == null ? null : from.name(), to.name(), backwards, reason, consent, user)
			.update();
	}

	/** Sets the planned next contact; {@code version} null for changes that append (an attempt) rather than edit. */
	void setNextContact(TenantId tenant, UUID id, Integer version, LocalDate next) {
		touch(tenant, id, version);
		jdbc.sql("UPDATE outreach_record SET next_contact_on = ? WHERE tenant_id = ? AND id = ?")
			.params(next, tenant.value(), id)
			.update();
	}

	void linkCase(TenantId tenant, UUID id, int version, UUID caseId, UUID supportDecision) {
		touch(tenant, id, version);
		jdbc.sql("UPDATE outreach_record SET case_id = ?, support_decision_id = coalesce(?, support_decision_id) WHERE tenant_id = ? AND id = ?")
			.params(caseId, supportDecision, tenant.value(), id)
			.update();
	}

	void close(TenantId tenant, UUID id, int version, LocalDate on, CloseReason reason, String note) {
		touch(tenant, id, version);
		jdbc.sql("""
				UPDATE outreach_record SET closed_on = ?, close_reason = ?, close_note = ?, next_contact_on = NULL
				 WHERE tenant_id = ? AND id = ?""")
			.params(on, reason.name(), note, tenant.value(), id)
			.update();
	}

	void addAttempt(TenantId tenant, UUID record, OutreachForms.Attempt form, UUID user) {
		jdbc.sql("""
				INSERT INTO outreach_attempt (tenant_id, record_id, id, attempted_on, method, contact_made, result, recorded_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenant.value(), record, UUID.randomUUID(), form.attemptedOn(), form.method().name(), form.contactMade(),
					form.result().strip(), user)
			.update();
	}

	void addNote(TenantId tenant, UUID record, OutreachForms.Note form, UUID user) {
		touch(tenant, record, null);
		jdbc.sql("INSERT INTO outreach_note (tenant_id, record_id, id, noted_on, text, recorded_by) VALUES (?, ?, ?, ?, ?, ?)")
			.params(tenant.value(), record, UUID.randomUUID(), form.notedOn(), form.text().strip(), user)
			.update();
	}

	/** Attempts, newest first. */
	List<OutreachView.AttemptEntry> attempts(TenantId tenant, UUID record) {
		return jdbc.sql("SELECT * FROM outreach_attempt WHERE tenant_id = ? AND record_id = ? ORDER BY attempted_on DESC, created_at DESC")
			.params(tenant.value(), record)
			.query((rs, n) -> {
				ContactMethod method = ContactMethod.valueOf(rs.getString("method"));
				return new OutreachView.AttemptEntry(rs.getObject("id", UUID.class), rs.getObject("attempted_on", LocalDate.class),
						method, method.label(), rs.getBoolean("contact_made"), rs.getString("result"));
			})
			.list();
	}

	/** Notes, newest first. */
	List<OutreachView.NoteEntry> notes(TenantId tenant, UUID record) {
		return jdbc.sql("SELECT * FROM outreach_note WHERE tenant_id = ? AND record_id = ? ORDER BY noted_on DESC, created_at DESC")
			.params(tenant.value(), record)
			.query((rs, n) -> new OutreachView.NoteEntry(rs.getObject("id", UUID.class), rs.getObject("noted_on", LocalDate.class),
					rs.getString("text")))
			.list();
	}

	/** The stage history, oldest first. */
	List<OutreachView.StageEntry> stages(TenantId tenant, UUID record) {
		return jdbc.sql("SELECT * FROM outreach_stage_change WHERE tenant_id = ? AND record_id = ? ORDER BY seq")
			.params(tenant.value(), record)
			.query((rs, n) -> {
				Stage to = Stage.valueOf(rs.getString("to_stage"));
				String from = rs.getString("from_stage");
				return new OutreachView.StageEntry(rs.getObject("changed_on", LocalDate.class), from == null ? null : Stage.valueOf(from),
						to, to.label(), rs.getBoolean("backwards"), rs.getString("reason"), rs.getObject("consent_id", UUID.class));
			})
			.list();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		String reason = rs.getString("close_reason");
		return new Row(rs.getObject("id", UUID.class), new PersonId(rs.getObject("person_id", UUID.class)),
				new AgencyId(rs.getObject("holder_agency", UUID.class)), Source.valueOf(rs.getString("source")),
				rs.getString("source_detail"), rs.getObject("known_on", LocalDate.class), Stage.valueOf(rs.getString("stage")),
				rs.getObject("next_contact_on", LocalDate.class), rs.getObject("case_id", UUID.class),
				rs.getObject("support_decision_id", UUID.class), rs.getObject("closed_on", LocalDate.class),
				reason == null ? null : CloseReason.valueOf(reason), rs.getString("close_note"),
				rs.getObject("first_contact_on", LocalDate.class), rs.getObject("last_contact_on", LocalDate.class),
				rs.getObject("last_attempt_on", LocalDate.class), rs.getObject("last_stage_change_on", LocalDate.class),
				rs.getInt("version"));
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
