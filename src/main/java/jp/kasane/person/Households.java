package jp.kasane.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.kasane.shared.HouseholdId;
import jp.kasane.shared.PersonId;
import jp.kasane.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Households and their membership history. */
@Repository
class Households {

	private final JdbcClient jdbc;

	Households(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Household> find(TenantId tenant, HouseholdId id) {
		return jdbc.sql("SELECT * FROM household WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id.value())
			.query((rs, n) -> new Household(new HouseholdId(rs.getObject("id", UUID.class)), tenant, rs.getString("label"),
					rs.getString("postal_code"), rs.getString("address"), rs.getInt("version")))
			.optional();
	}

	List<Membership> members(TenantId tenant, HouseholdId id) {
		return jdbc.sql("SELECT * FROM household_member WHERE tenant_id = ? AND household_id = ? ORDER BY left_on NULLS FIRST, joined_on")
			.params(tenant.value(), id.value())
			.query(Households::map)
			.list();
	}

	List<Membership> membershipsOf(TenantId tenant, PersonId person) {
		return jdbc.sql("SELECT * FROM household_member WHERE tenant_id = ? AND person_id = ? ORDER BY left_on NULLS FIRST, joined_on DESC")
			.params(tenant.value(), person.value())
			.query(Households::map)
			.list();
	}

	Optional<Membership> currentMembershipOf(TenantId tenant, PersonId person) {
		return jdbc.sql("SELECT * FROM household_member WHERE tenant_id = ? AND person_id = ? AND left_on IS NULL")
			.params(tenant.value(), person.value())
			.query(Households::map)
			.optional();
	}

	void insert(Household h) {
		jdbc.sql("INSERT INTO household (tenant_id, id, label, postal_code, address) VALUES (?, ?, ?, ?, ?)")
			.params(h.tenantId().value(), h.id().value(), h.label(), h.postalCode(), h.address())
			.update();
	}

	void insert(TenantId tenant, Membership m) {
		jdbc.sql("""
				INSERT INTO household_member (tenant_id, id, household_id, person_id, relationship, joined_on, left_on, left_reason)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenant.value(), m.id(), m.household().value(), m.person().value(), m.relationship().name(), m.joinedOn(),
					m.leftOn(), m.leftReason())
			.update();
	}

	/** Ends a current membership; 0 when it had ended already. */
	int leave(TenantId tenant, UUID membership, LocalDate leftOn, String reason) {
		return jdbc.sql("UPDATE household_member SET left_on = ?, left_reason = ? WHERE tenant_id = ? AND id = ? AND left_on IS NULL")
			.params(leftOn, reason, tenant.value(), membership)
			.update();
	}

	private static Membership map(ResultSet rs, int row) throws SQLException {
		return new Membership(rs.getObject("id", UUID.class), new HouseholdId(rs.getObject("household_id", UUID.class)),
				new PersonId(rs.getObject("person_id", UUID.class)), Relationship.valueOf(rs.getString("relationship")),
				rs.getObject("joined_on", LocalDate.class), rs.getObject("left_on", LocalDate.class),
				rs.getString("left_reason"));
	}
}
