package jp.kasane.casework;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.kasane.shared.AgencyId;
import jp.kasane.shared.HouseholdId;
import jp.kasane.shared.PersonId;
import jp.kasane.shared.TenantId;
import jp.kasane.shared.UserId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases of the current tenant with their people, timeline and contact attempts. */
@Repository
class SupportCases {

	private final JdbcClient jdbc;

	SupportCases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<SupportCase> find(TenantId tenant, UUID id) {
		Set<PersonId> people = jdbc.sql("SELECT person_id FROM case_person WHERE tenant_id = ? AND case_id = ?")
			.params(tenant.value(), id)
			.query(UUID.class)
			.list()
			.stream()
			.map(PersonId::new)
			.collect(Collectors.toCollection(java.util.LinkedHashSet::new));
		return jdbc.sql("SELECT * FROM support_case WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.query((rs, n) -> {
				UUID household = rs.getObject("household_id", UUID.class);
				UUID lead = rs.getObject("lead_agency", UUID.class);
				return new SupportCase(id, household == null ? null : new HouseholdId(household), people,
						new AgencyId(rs.getObject("referrer_agency", UUID.class)), rs.getObject("opened_on", LocalDate.class),
						CaseState.valueOf(rs.getString("state")), lead == null ? null : new AgencyId(lead),
						rs.getString("follow_up"), rs.getInt("version"));
			})
			.optional();
	}

	/** Ids of the cases a person is on, newest first. */
	List<UUID> casesOf(TenantId tenant, PersonId person) {
		return jdbc.sql("""
				SELECT c.id FROM support_case c JOIN case_person p ON p.tenant_id = c.tenant_id AND p.case_id = c.id
				 WHERE c.tenant_id = ? AND p.person_id = ? ORDER BY c.opened_on DESC""")
			.params(tenant.value(), person.value())
			.query(UUID.class)
			.list();
	}

	void insert(TenantId tenant, SupportCase c, UserId by) {
		jdbc.sql("""
				INSERT INTO support_case (tenant_id, id, household_id, referrer_agency, state, opened_on)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(tenant.value(), c.id(), c.household() == null ? null : c.household().value(), c.referrer().value(),
					c.state().name(), c.openedOn())
			.update();
		for (PersonId person : c.people()) {
			jdbc.sql("INSERT INTO case_person (tenant_id, case_id, person_id) VALUES (?, ?, ?)")
				.params(tenant.value(), c.id(), person.value())
				.update();
		}
		appendEvents(tenant, c, by);
	}

	/** Saves the new state if nobody changed the case since it was read; otherwise a conflict. */
	void update(TenantId tenant, SupportCase c, int expectedVersion, UserId by) {
		int rows = jdbc.sql("""
				UPDATE support_case SET state = ?, lead_agency = ?, follow_up = ?, version = version + 1
				 WHERE tenant_id = ? AND id = ? AND version = ?""")
			.params(c.state().name(), c.leadAgency() == null ? null : c.leadAgency().value(), c.followUp(), tenant.value(),
					c.id(), expectedVersion)
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("case " + c.id() + " changed concurrently");
		}
		appendEvents(tenant, c, by);
	}

	/** Ids of all cases of the tenant, newest first (the caller filters what the user may open). */
	List<UUID> all(TenantId tenant) {
		return jdbc.sql("SELECT id FROM support_case WHERE tenant_id = ? ORDER BY opened_on DESC, id")
			.params(tenant.value())
			.query(UUID.class)
			.list();
	}

	/** The day of the last contact attempt on a case, or null. */
	LocalDate lastContactAttempt(TenantId tenant, UUID caseId) {
		return jdbc.sql("SELECT max(attempted_on) FROM case_contact_attempt WHERE tenant_id = ? AND case_id = ?")
			.params(tenant.value(), caseId)
			.query(LocalDate.class)
			.optional()
			.orElse(null);
	}

	/** Open cases whose last recorded event or contact attempt is before {@code since}. */
	List<UUID> quietSince(TenantId tenant, LocalDate since) {
		return jdbc.sql("""
				SELECT c.id FROM support_case c
				 WHERE c.tenant_id = ? AND c.state IN ('INTAKE', 'ASSESSMENT', 'PLANNING', 'IN_SUPPORT')
				   AND greatest((SELECT max(e.at)::date FROM case_event e WHERE e.tenant_id = c.tenant_id AND e.case_id = c.id),
				                (SELECT max(a.attempted_on) FROM case_contact_attempt a WHERE a.tenant_id = c.tenant_id AND a.case_id = c.id))
				       < ?
				 ORDER BY c.opened_on LIMIT 50""")
			.params(tenant.value(), since)
			.query(UUID.class)
			.list();
	}

	/** Appends the case's pending timeline entries without changing its state (a note). */
	void appendNotes(TenantId tenant, SupportCase c, UserId by) {
		appendEvents(tenant, c, by);
	}

	int contactAttempts(TenantId tenant, UUID caseId) {
		return jdbc.sql("SELECT count(*) FROM case_contact_attempt WHERE tenant_id = ? AND case_id = ?")
			.params(tenant.value(), caseId)
			.query(Integer.class)
			.single();
	}

	void addContactAttempt(TenantId tenant, UUID caseId, LocalDate on, String method, String result) {
		jdbc.sql("INSERT INTO case_contact_attempt (tenant_id, case_id, id, attempted_on, method, result) VALUES (?, ?, ?, ?, ?, ?)")
			.params(tenant.value(), caseId, UUID.randomUUID(), on, method, result)
			.update();
	}

	void addSupportDecision(TenantId tenant, UUID caseId, SupportDecision d) {
		jdbc.sql("""
				INSERT INTO support_decision (tenant_id, case_id, id, program, decided_on, decided_by, conference_decision,
				                              early_start, reason)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenant.value(), caseId, d.id(), d.program().name(), d.decidedOn(), d.decidedBy().value(),
					d.conferenceDecision(), d.earlyStart(), d.reason())
			.update();
	}

	List<SupportDecision> supportDecisions(TenantId tenant, UUID caseId) {
		return jdbc.sql("SELECT * FROM support_decision WHERE tenant_id = ? AND case_id = ? ORDER BY decided_on")
			.params(tenant.value(), caseId)
			.query((rs, n) -> new SupportDecision(rs.getObject("id", UUID.class),
					SupportDecision.Program.valueOf(rs.getString("program")), rs.getObject("decided_on", LocalDate.class),
					new UserId(rs.getObject("decided_by", UUID.class)), rs.getObject("conference_decision", UUID.class),
					rs.getBoolean("early_start"), rs.getString("reason")))
			.list();
	}

	List<TimelineEntry> timeline(TenantId tenant, UUID caseId) {
		return jdbc.sql("SELECT * FROM case_event WHERE tenant_id = ? AND case_id = ? ORDER BY seq")
			.params(tenant.value(), caseId)
			.query((rs, n) -> new TimelineEntry(rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("kind"),
					rs.getString("from_state") == null ? null : CaseState.valueOf(rs.getString("from_state")),
					rs.getString("to_state") == null ? null : CaseState.valueOf(rs.getString("to_state")),
					rs.getObject("decision_id", UUID.class), rs.getString("note")))
			.list();
	}

	private void appendEvents(TenantId tenant, SupportCase c, UserId by) {
		for (SupportCase.Event e : c.pendingEvents()) {
			jdbc.sql("""
					INSERT INTO case_event (tenant_id, case_id, at, user_id, kind, from_state, to_state, decision_id, note)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(tenant.value(), c.id(), OffsetDateTime.now(ZoneOffset.UTC), by.value(), e.kind(),
						e.from() == null ? null : e.from().name(), e.to() == null ? null : e.to().name(), e.decisionId(),
						e.note())
				.update();
		}
	}
}
