package jp.kasane.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.kasane.shared.TenantId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Consultations, referrals and the 課題 taxonomy. */
@Repository
class IntakeRecords {

	private final JdbcClient jdbc;

	IntakeRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The maintained 課題 taxonomy: code → label, in display order. */
	Map<String, String> tags() {
		Map<String, String> tags = new java.util.LinkedHashMap<>();
		jdbc.sql("SELECT code, label FROM issue_tag ORDER BY sort").query(rs -> {
			tags.put(rs.getString("code"), rs.getString("label"));
		});
		return tags;
	}

	void insert(TenantId tenant, Consultation c, UUID recordedBy) {
		jdbc.sql("""
				INSERT INTO consultation (tenant_id, id, agency_id, received_on, channel, consulter, person_id, household_id,
				                          tags, notes, sensitive, outcome, recorded_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS text[]), ?, ?, ?, ?)""")
			.params(tenant.value(), c.id(), c.agency(), c.receivedOn(), c.channel().name(), c.consulter().name(), c.person(),
					c.household(), "{" + String.join(",", c.tags()) + "}", c.notes(), c.sensitive(), c.outcome().name(), recordedBy)
			.update();
	}

	List<Consultation> consultationsOf(TenantId tenant, UUID person) {
		return jdbc.sql("SELECT * FROM consultation WHERE tenant_id = ? AND person_id = ? ORDER BY received_on DESC, created_at DESC")
			.params(tenant.value(), person)
			.query(IntakeRecords::consultation)
			.list();
	}

	void insert(TenantId tenant, Referral r) {
		jdbc.sql("""
				INSERT INTO referral (tenant_id, id, consultation_id, person_id, from_agency, to_agency, status, request_note,
				                      consent_id, requested_on)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenant.value(), r.id(), r.consultation(), r.person(), r.fromAgency(), r.toAgency(), r.status().name(),
					r.requestNote(), r.consent(), r.requestedOn())
			.update();
	}

	Optional<Referral> referral(TenantId tenant, UUID id) {
		return jdbc.sql("SELECT * FROM referral WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.query(IntakeRecords::referral)
			.optional();
	}

	/** Referrals to or from an agency, open ones first. */
	List<Referral> referralsOf(TenantId tenant, UUID agency) {
		return jdbc.sql("""
				SELECT * FROM referral WHERE tenant_id = ? AND (from_agency = ? OR to_agency = ?)
				 ORDER BY status IN ('COMPLETED', 'RETURNED'), requested_on DESC""")
			.params(tenant.value(), agency, agency)
			.query(IntakeRecords::referral)
			.list();
	}

	/** Referrals about one person, oldest first. */
	List<Referral> referralsAbout(TenantId tenant, UUID person) {
		return jdbc.sql("SELECT * FROM referral WHERE tenant_id = ? AND person_id = ? ORDER BY requested_on, id")
			.params(tenant.value(), person)
			.query(IntakeRecords::referral)
			.list();
	}

	void update(TenantId tenant, UUID id, ReferralStatus status, String returnReason, int version) {
		int rows = jdbc.sql("""
				UPDATE referral SET status = ?, return_reason = coalesce(?, return_reason), updated_at = now(), version = version + 1
				 WHERE tenant_id = ? AND id = ? AND version = ?""")
			.params(status.name(), returnReason, tenant.value(), id, version)
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("referral " + id + " changed concurrently");
		}
	}

	private static Consultation consultation(ResultSet rs, int row) throws SQLException {
		return new Consultation(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
				rs.getObject("received_on", LocalDate.class), Channel.valueOf(rs.getString("channel")),
				Consulter.valueOf(rs.getString("consulter")), rs.getObject("person_id", UUID.class),
				rs.getObject("household_id", UUID.class), Arrays.asList((String[]) rs.getArray("tags").getArray()),
				rs.getString("notes"), rs.getBoolean("sensitive"), Outcome.valueOf(rs.getString("outcome")));
	}

	private static Referral referral(ResultSet rs, int row) throws SQLException {
		return new Referral(rs.getObject("id", UUID.class), rs.getObject("consultation_id", UUID.class),
				rs.getObject("person_id", UUID.class), rs.getObject("from_agency", UUID.class),
				rs.getObject("to_agency", UUID.class), ReferralStatus.valueOf(rs.getString("status")),
				rs.getString("request_note"), rs.getString("return_reason"), rs.getObject("consent_id", UUID.class),
				rs.getObject("requested_on", LocalDate.class), rs.getInt("version"));
	}
}
