package jp.kasane.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.kasane.shared.AgencyId;
import jp.kasane.shared.PersonId;
import jp.kasane.shared.TenantId;
import jp.kasane.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Consents of the current tenant. */
@Repository
class Consents {

	private final JdbcClient jdbc;

	Consents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Consent> of(TenantId tenant, PersonId person) {
		return jdbc.sql("SELECT * FROM consent WHERE tenant_id = ? AND person_id = ? ORDER BY obtained_on DESC, created_at DESC")
			.params(tenant.value(), person.value())
			.query(Consents::map)
			.list();
	}

	Optional<Consent> find(TenantId tenant, UUID id) {
		return jdbc.sql("SELECT * FROM consent WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.query(Consents::map)
			.optional();
	}

	void insert(TenantId tenant, Consent c) {
		jdbc.sql("""
				INSERT INTO consent (tenant_id, id, person_id, purposes, agency_ids, covers_conference, method,
				                     obtained_by_user, obtained_by_name, obtained_by_agency, obtained_on, valid_until, note)
				VALUES (?, ?, ?, CAST(? AS text[]), CAST(? AS uuid[]), ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenant.value(), c.id(), c.person().value(), array(c.purposes().stream().map(Enum::name).collect(Collectors.toList())),
					array(c.agencies().stream().map(AgencyId::toString).collect(Collectors.toList())), c.coversConference(),
					c.method().name(), c.obtainedByUser().value(), c.obtainedByName(), c.obtainedByAgency().value(),
					c.obtainedOn(), c.validUntil(), c.note())
			.update();
	}

	int withdraw(TenantId tenant, UUID id, LocalDate on, String reason, UserId by) {
		return jdbc.sql("""
				UPDATE consent SET withdrawn_on = ?, withdrawal_reason = ?, withdrawn_by_user = ?
				 WHERE tenant_id = ? AND id = ? AND withdrawn_on IS NULL""")
			.params(on, reason, by.value(), tenant.value(), id)
			.update();
	}

	private static String array(List<String> values) {
		return "{" + String.join(",", values) + "}";
	}

	private static Consent map(ResultSet rs, int row) throws SQLException {
		Set<ConsentPurpose> purposes = EnumSet.noneOf(ConsentPurpose.class);
		Arrays.stream((String[]) rs.getArray("purposes").getArray()).map(ConsentPurpose::valueOf).forEach(purposes::add);
		Set<AgencyId> agencies = Arrays.stream((UUID[]) rs.getArray("agency_ids").getArray())
			.map(AgencyId::new)
			.collect(Collectors.toSet());
		UUID withdrawnBy = rs.getObject("withdrawn_by_user", UUID.class);
		return new Consent(rs.getObject("id", UUID.class), new PersonId(rs.getObject("person_id", UUID.class)), purposes,
				agencies, rs.getBoolean("covers_conference"), ConsentMethod.valueOf(rs.getString("method")),
				new UserId(rs.getObject("obtained_by_user", UUID.class)), rs.getString("obtained_by_name"),
				new AgencyId(rs.getObject("obtained_by_agency", UUID.class)), rs.getObject("obtained_on", LocalDate.class),
				rs.getObject("valid_until", LocalDate.class), rs.getString("note"),
				rs.getObject("withdrawn_on", LocalDate.class), withdrawnBy == null ? null : rs.getString("withdrawal_reason"));
	}
}
