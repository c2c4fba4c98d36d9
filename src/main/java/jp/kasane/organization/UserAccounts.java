package jp.kasane.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
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
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** User accounts of the current tenant, with their pending role grants and whether their sign-ins are throttled. */
@Repository
class UserAccounts {

	private static final String SELECT = """
			SELECT u.*,
			       ARRAY(SELECT g.role FROM role_grant g
			              WHERE g.tenant_id = u.tenant_id AND g.user_id = u.id AND g.status = 'PENDING') AS pending_roles,
			       EXISTS (SELECT 1 FROM sign_in_failure f
			                WHERE f.username = u.username AND f.next_allowed_at > greatest(:now, f.last_failure_at)) AS throttled
			  FROM app_user u
			""";

	private final JdbcClient jdbc;
	private final Clock clock;

	UserAccounts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	List<UserAccount> all(TenantId tenant) {
		return jdbc.sql(SELECT + " WHERE u.tenant_id = :tenant ORDER BY u.username")
			.param("tenant", tenant.value())
			.param("now", OffsetDateTime.now(clock))
			.query(UserAccounts::map)
			.list();
	}

	Optional<UserAccount> find(TenantId tenant, UserId id) {
		return jdbc.sql(SELECT + " WHERE u.tenant_id = :tenant AND u.id = :id")
			.param("tenant", tenant.value())
			.param("id", id.value())
			.param("now", OffsetDateTime.now(clock))
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
				       enabled = :enabled, version = version + 1
				 WHERE tenant_id = :tenant AND id = :id AND version = :version""")
			.params(params(u))
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("user " + u.id() + " changed concurrently");
		}
	}

	/** Gives a role whose grant was confirmed; a role the account holds already is not added twice. */
	void addRole(TenantId tenant, UserId id, Role role) {
		jdbc.sql("""
				UPDATE app_user SET roles = array_append(roles, ?), version = version + 1
				 WHERE tenant_id = ? AND id = ? AND NOT (? = ANY (roles))""")
			.params(role.name(), tenant.value(), id.value(), role.name())
			.update();
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
		map.put("version", u.version());
		return map;
	}

	private static Set<Role> roles(ResultSet rs, String column) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream((String[]) rs.getArray(column).getArray()).map(Role::valueOf).forEach(roles::add);
		return roles;
	}

	private static UserAccount map(ResultSet rs, int row) throws SQLException {
		return new UserAccount(new UserId(rs.getObject("id", UUID.class)), new TenantId(rs.getObject("tenant_id", UUID.class)),
				new AgencyId(rs.getObject("agency_id", UUID.class)), rs.getString("username"), rs.getString("display_name"),
				roles(rs, "roles"), roles(rs, "pending_roles"), rs.getBoolean("enabled"), rs.getBoolean("throttled"),
				rs.getInt("version"));
	}
}
