package jp.kasane.organization;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.kasane.shared.AgencyId;
import jp.kasane.shared.Field;
import jp.kasane.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Repository;

/** Agencies of the current tenant (row-level security adds the tenant to every query). */
@Repository
class Agencies {

	private final JdbcClient jdbc;

	Agencies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Agency> all(TenantId tenant) {
		return jdbc.sql("SELECT * FROM agency WHERE tenant_id = ? ORDER BY active DESC, kind, name")
			.param(tenant.value())
			.query(Agencies::map)
			.list();
	}

	Optional<Agency> find(TenantId tenant, AgencyId id) {
		return jdbc.sql("SELECT * FROM agency WHERE tenant_id = ? AND id = ?")
			.param(tenant.value())
			.param(id.value())
			.query(Agencies::map)
			.optional();
	}

	boolean hasBasicOrIntegratedHub(TenantId tenant) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM agency WHERE tenant_id = ? AND active AND hub_type IN ('BASIC','INTEGRATED'))")
			.param(tenant.value())
			.query(Boolean.class)
			.single();
	}

	void insert(Agency a) {
		jdbc.sql("""
				INSERT INTO agency (tenant_id, id, name, kind, fields, hub_type, contracted, contractor_name, address, phone, active)
				VALUES (:tenant, :id, :name, :kind, CAST(:fields AS text[]), :hubType, :contracted, :contractor, :address, :phone, :active)""")
			.params(params(a))
			.update();
	}

	void update(Agency a) {
		int rows = jdbc.sql("""
				UPDATE agency SET name = :name, kind = :kind, fields = CAST(:fields AS text[]), hub_type = :hubType, contracted = :contracted,
				       contractor_name = :contractor, address = :address, phone = :phone, active = :active, version = version + 1
				 WHERE tenant_id = :tenant AND id = :id AND version = :version""")
			.params(params(a))
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("agency " + a.id() + " changed concurrently");
		}
	}

	private static java.util.Map<String, Object> params(Agency a) {
		var map = new java.util.HashMap<String, Object>();
		map.put("tenant", a.tenantId().value());
		map.put("id", a.id().value());
		map.put("name", a.name());
		map.put("kind", a.kind().name());
		map.put("fields", "{" + String.join(",", a.fields().stream().map(Enum::name).toList()) + "}");
		map.put("hubType", a.hubType() == null ? null : a.hubType().name());
		map.put("contracted", a.contracted());
		map.put("contractor", a.contracted() ? a.contractorName() : null);
		map.put("address", a.address());
		map.put("phone", a.phone());
		map.put("active", a.active());
		map.put("version", a.version());
		return map;
	}

	static Agency map(ResultSet rs, int row) throws SQLException {
		String hub = rs.getString("hub_type");
		return new Agency(new AgencyId(rs.getObject("id", UUID.class)), new TenantId(rs.getObject("tenant_id", UUID.class)),
				rs.getString("name"), AgencyKind.valueOf(rs.getString("kind")), fields(rs.getArray("fields")),
				hub == null ? null : HubType.valueOf(hub), rs.getBoolean("contracted"), rs.getString("contractor_name"),
				rs.getString("address"), rs.getString("phone"), rs.getBoolean("active"), rs.getInt("version"));
	}

	private static Set<Field> fields(Array array) throws SQLException {
		EnumSet<Field> set = EnumSet.noneOf(Field.class);
		Arrays.stream((String[]) array.getArray()).map(Field::valueOf).forEach(set::add);
		return set;
	}
}
