package jp.kasane.housing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.kasane.shared.AgencyId;
import jp.kasane.shared.TenantId;
import jp.kasane.shared.UserId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The checklist, the 居住継続支援 elements and their follow-ups of the current tenant. */
@Repository
class HousingRecords {

	/** A stored element before the follow-up figures are worked out. */
	record Row(UUID id, UUID caseId, UUID personId, boolean complexNeeds, boolean continuationNeeded,
			LocalDate conferenceHeldOn, UUID conferenceDecision, HousingSituation situation, LocalDate moveInOn,
			String addressNote, String supportCorporation, boolean watching, boolean resourceMatching, boolean communityTies,
			String contentNote, LocalDate firstFollowUpOn, LocalDate startedOn) {
	}

	/** The stored checklist with its version. */
	record Checklist(List<Prerequisites.Measure> measures, List<Prerequisites.Activity> activities, int version) {
	}

	private final JdbcClient jdbc;

	HousingRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The stored checklist; a municipality that never saved one has nothing done at version 0. */
	Checklist checklist(TenantId tenant) {
		int version = jdbc.sql("SELECT version FROM housing_prerequisites WHERE tenant_id = ?")
			.param(tenant.value())
			.query(Integer.class)
			.optional()
			.orElse(0);
		Map<PrerequisiteMeasure, Prerequisites.Measure> measures = new EnumMap<>(PrerequisiteMeasure.class);
		for (PrerequisiteMeasure m : PrerequisiteMeasure.values()) {
			measures.put(m, new Prerequisites.Measure(m, false, null, null));
		}
		jdbc.sql("SELECT measure, done, done_on, evidence FROM housing_prerequisite_measure WHERE tenant_id = ?")
			.param(tenant.value())
			.query((rs, n) -> new Prerequisites.Measure(PrerequisiteMeasure.valueOf(rs.getString("measure")),
					rs.getBoolean("done"), rs.getObject("done_on", LocalDate.class), rs.getString("evidence")))
			.list()
			.forEach(m -> measures.put(m.measure(), m));
		Map<SetupActivity, Prerequisites.Activity> activities = new EnumMap<>(SetupActivity.class);
		for (SetupActivity a : SetupActivity.values()) {
			activities.put(a, new Prerequisites.Activity(a, ActivityStatus.NOT_STARTED, null));
		}
		jdbc.sql("SELECT activity, status, note FROM housing_setup_activity WHERE tenant_id = ?")
			.param(tenant.value())
			.query((rs, n) -> new Prerequisites.Activity(SetupActivity.valueOf(rs.getString("activity")),
					ActivityStatus.valueOf(rs.getString("status")), rs.getString("note")))
			.list()
			.forEach(a -> activities.put(a.activity(), a));
		return new Checklist(List.copyOf(measures.values()), List.copyOf(activities.values()), version);
	}

	/** Saves the whole checklist if nobody saved since {@code expectedVersion}; otherwise a conflict. */
	void saveChecklist(TenantId tenant, int expectedVersion, List<Prerequisites.Measure> measures,
			List<Prerequisites.Activity> activities, UserId by) {
		jdbc.sql("INSERT INTO housing_prerequisites (tenant_id, version) VALUES (?, 0) ON CONFLICT DO NOTHING")
			.param(tenant.value())
			.update();
		int rows = jdbc.sql("""
				UPDATE housing_prerequisites SET version = version + 1, updated_at = ?, updated_by = ?
				 WHERE tenant_id = ? AND version = ?""")
			.params(OffsetDateTime.now(ZoneOffset.UTC), by.value(), tenant.value(), expectedVersion)
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("housing checklist changed concurrently");
		}
		for (Prerequisites.Measure m : measures) {
			jdbc.sql("""
					INSERT INTO housing_prerequisite_measure (tenant_id, measure, done, done_on, evidence) VALUES (?, ?, ?, ?, ?)
					ON CONFLICT (tenant_id, measure) DO UPDATE SET done = excluded.done, done_on = excluded.done_on,
					                                               evidence = excluded.evidence""")
				.params(tenant.value(), m.measure().name(), m.done(), m.doneOn(), m.evidence())
				.update();
		}
		for (Prerequisites.Activity a : activities) {
			jdbc.sql("""
					INSERT INTO housing_setup_activity (tenant_id, activity, status, note) VALUES (?, ?, ?, ?)
					ON CONFLICT (tenant_id, activity) DO UPDATE SET status = excluded.status, note = excluded.note""")
				.params(tenant.value(), a.activity().name(), a.status().name(), a.note())
				.update();
		}
	}

	boolean exists(TenantId tenant, UUID caseId, UUID personId) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM housing_support WHERE tenant_id = ? AND case_id = ? AND person_id = ?)")
			.params(tenant.value(), caseId, personId)
			.query(Boolean.class)
			.single();
	}

	void insert(TenantId tenant, Row r, UserId by, AgencyId agency) {
		jdbc.sql("""
				INSERT INTO housing_support (tenant_id, id, case_id, person_id, complex_needs, continuation_needed,
				       conference_held_on, conference_decision, situation, move_in_on, address_note, support_corporation,
				       watching, resource_matching, community_ties, content_note, first_follow_up_on, started_on,
				       created_by, created_agency)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenant.value(), r.id(), r.caseId(), r.personId(), r.complexNeeds(), r.continuationNeeded(),
					r.conferenceHeldOn(), r.conferenceDecision(), r.situation().name(), r.moveInOn(), r.addressNote(),
					r.supportCorporation(), r.watching(), r.resourceMatching(), r.communityTies(), r.contentNote(),
					r.firstFollowUpOn(), r.startedOn(), by.value(), agency.value())
			.update();
	}

	Optional<Row> find(TenantId tenant, UUID id) {
		return jdbc.sql("SELECT * FROM housing_support WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.query(HousingRecords::row)
			.optional();
	}

	List<Row> ofCase(TenantId tenant, UUID caseId) {
		return jdbc.sql("SELECT * FROM housing_support WHERE tenant_id = ? AND case_id = ? ORDER BY started_on, id")
			.params(tenant.value(), caseId)
			.query(HousingRecords::row)
			.list();
	}

	/** Every element of the tenant, at most 500, the next follow-up first (worked out by the caller). */
	List<Row> all(TenantId tenant) {
		return jdbc.sql("SELECT * FROM housing_support WHERE tenant_id = ? ORDER BY started_on, id LIMIT 500")
			.param(tenant.value())
			.query(HousingRecords::row)
			.list();
	}

	/** The follow-ups of an element, oldest first (by date, then by when they were recorded). */
	List<HousingSupport.FollowUp> followUps(TenantId tenant, UUID supportId) {
		return new ArrayList<>(jdbc.sql("""
				SELECT * FROM housing_follow_up WHERE tenant_id = ? AND support_id = ? ORDER BY held_on, recorded_at""")
			.params(tenant.value(), supportId)
			.query((rs, n) -> new HousingSupport.FollowUp(rs.getObject("id", UUID.class), rs.getObject("held_on", LocalDate.class),
					FollowUpMethod.valueOf(rs.getString("method")), rs.getString("note"), rs.getObject("next_on", LocalDate.class),
					rs.getObject("recorded_agency", UUID.class), rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
			.list());
	}

	void addFollowUp(TenantId tenant, UUID supportId, HousingForms.NewFollowUp f, UserId by, AgencyId agency) {
		jdbc.sql("""
				INSERT INTO housing_follow_up (tenant_id, support_id, id, held_on, method, note, next_on, recorded_at,
				                               recorded_by, recorded_agency)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenant.value(), supportId, UUID.randomUUID(), f.heldOn(), f.method().name(), f.note().strip(), f.nextOn(),
					OffsetDateTime.now(ZoneOffset.UTC), by.value(), agency.value())
			.update();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getObject("person_id", UUID.class),
				rs.getBoolean("complex_needs"), rs.getBoolean("continuation_needed"),
				rs.getObject("conference_held_on", LocalDate.class), rs.getObject("conference_decision", UUID.class),
				HousingSituation.valueOf(rs.getString("situation")), rs.getObject("move_in_on", LocalDate.class),
				rs.getString("address_note"), rs.getString("support_corporation"), rs.getBoolean("watching"),
				rs.getBoolean("resource_matching"), rs.getBoolean("community_ties"), rs.getString("content_note"),
				rs.getObject("first_follow_up_on", LocalDate.class), rs.getObject("started_on", LocalDate.class));
	}
}
