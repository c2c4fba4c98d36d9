package jp.kasane.platform;

import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The requests' login must stay under row-level security whatever SQL reaches it: not a superuser, no
 * BYPASSRLS, and a member of no role (so {@code SET ROLE} has nowhere to go). Checked at start-up, for the
 * embedded database and an external one alike.
 */
final class LoginRolePolicy {

	private LoginRolePolicy() {
	}

	static void check(DataSource app) {
		Map<String, Object> role = JdbcClient.create(app).sql("""
				SELECT r.rolname, r.rolsuper, r.rolbypassrls, r.rolcreaterole,
				       (SELECT count(*) FROM pg_auth_members m WHERE m.member = r.oid) AS memberships
				  FROM pg_roles r WHERE r.rolname = current_user""").query().singleRow();
		reason(role).ifPresent(why -> {
			throw new IllegalStateException("The database login " + role.get("rolname") + " " + why
					+ ": requests must run as a role under row-level security (kasane_app, see docs/security/db.md)");
		});
	}

	/** Why this login may not serve requests, if it may not. */
	static Optional<String> reason(Map<String, Object> role) {
		if (Boolean.TRUE.equals(role.get("rolsuper"))) {
			return Optional.of("is a superuser");
		}
		if (Boolean.TRUE.equals(role.get("rolbypassrls"))) {
			return Optional.of("has BYPASSRLS");
		}
		if (Boolean.TRUE.equals(role.get("rolcreaterole"))) {
			return Optional.of("has CREATEROLE");
		}
		if (((Number) role.get("memberships")).longValue() > 0) {
			return Optional.of("is a member of another role, which SET ROLE could take");
		}
		return Optional.empty();
	}
}
