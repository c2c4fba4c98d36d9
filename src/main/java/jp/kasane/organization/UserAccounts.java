package jp.kasane.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.kasane.shared.AgencyId;
import jp.kasane.shared.Role;
import jp.kasane.shared.TenantId;
import jp.kasane.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Repository;

/** User accounts of the current tenant. */
@Repository
class UserAccounts {

	private final JdbcClient jdbc;

	UserAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<UserAccount> all(TenantId tenant) {
		return jdbc.sql("SELECT * FROM app_user WHERE tenant_id = ? ORDER BY username")
			.param(tenant.value())
			.query(UserAccounts::map)
			.list();
	}

	Optional<UserAccount> find(TenantId tenant, UserId id) {
		return jdbc.sql("SELECT * FROM app_user WHERE tenant_id = ? AND id = ?")
			.param(tenant.value())
			.param(id.value())
			.query(UserAccounts::map)
			.optional();
	}

	boolean usernameTaken(String username) {
		// The sign-in lookup sees every tenant: usernames are unique across the installation.
		return jdbc.sql("SELECT count(*) FROM auth_find_user(?)").param(username).query(Integer.class).single() > 0;
	}

	void insert(UserAccount u, String passwordHash) {
		Map<String, Object> p = params(u);
		p.put("hash", passwordHash);
		jdbc.sql("""
				INSERT INTO app_user (tenant_id, id, username, display_name, agency_id, roles, password_hash, enabled)
				VALUES (:tenant, :id, :username, :displayName, :agency, CAST(:roles AS text[]), :hash, :enabled)""")
			.params(p)
			.update();
	}

	void update(UserAccount u) {
		int rows = jdbc.sql("""
				UPDATE app_user SET display_name = :displayName, agency_id = :agency, roles = CAST(:roles AS text[]),
				       enabled = :enabled, locked_until = CASE WHEN :locked THEN locked_until ELSE NULL END,
				       failed_logins = CASE WHEN :locked THEN failed_logins ELSE 0 END, version = version + 1
				 WHERE tenant_id = :tenant AND id = :id AND version = :version""")
			.params(params(u))
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("user " + u.id() + " changed concurrently");
		}
	}

	void changePassword(TenantId tenant, UserId id, String passwordHash) {
		jdbc.sql("UPDATE app_user SET password_hash = ?, version = version + 1 WHERE tenant_id = ? AND id = ?")
			.params(passwordHash, tenant.value(), id.value())
			.update();
	}

	private static Map<String, Object> params(UserAccount u) {
		Map<String, Object> map = new HashMap<>();
		map.put("tenant", u.tenantId().value());
		map.put("id", u.id().value());
		map.put("username", u.username());
		map.put("displayName", u.displayName());
		map.put("agency", u.agencyId().value());
		map.put("roles", "{" + String.join(",", u.roles().stream().map(Enum::name).toList()) + "}");
		map.put("enabled", u.enabled());
		map.put("locked", u.locked());
		map.put("version", u.version());
		return map;
	}

	private static UserAccount map(ResultSet rs, int row) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream((String[]) rs.getArray("roles").getArray()).map(Role::valueOf).forEach(roles::add);
		Instant lockedUntil = rs.getObject("locked_until", java.time.OffsetDateTime.class) == null ? null
				: rs.getObject("locked_until", java.time.OffsetDateTime.class).toInstant();
		return new UserAccount(new UserId(rs.getObject("id", UUID.class)), new TenantId(rs.getObject("tenant_id", UUID.class)),
				new AgencyId(rs.getObject("agency_id", UUID.class)), rs.getString("username"), rs.getString("display_name"),
				roles, rs.getBoolean("enabled"), lockedUntil != null && lockedUntil.isAfter(Instant.now()), rs.getInt("version"));
	}
}
