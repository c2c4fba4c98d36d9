package jp.kasane.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.kasane.organization.RoleGrant.Status;
import jp.kasane.shared.Role;
import jp.kasane.shared.TenantId;
import jp.kasane.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Proposed grants of resident-reading roles; rows are kept after the decision as its record. */
@Repository
class RoleGrants {

	private final JdbcClient jdbc;

	RoleGrants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void propose(TenantId tenant, RoleGrant grant) {
		jdbc.sql("""
				INSERT INTO role_grant (tenant_id, id, user_id, role, status, proposed_by, proposed_at)
				VALUES (?, ?, ?, ?, 'PENDING', ?, ?)""")
			.params(tenant.value(), grant.id(), grant.user().value(), grant.role().name(), grant.proposedBy().value(),
					utc(grant.proposedAt()))
			.update();
	}

	Optional<RoleGrant> find(TenantId tenant, UUID id) {
		return jdbc.sql("SELECT * FROM role_grant WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.query(RoleGrants::map)
			.optional();
	}

	List<RoleGrant> pendingFor(TenantId tenant, UserId user) {
		return jdbc.sql("SELECT * FROM role_grant WHERE tenant_id = ? AND user_id = ? AND status = 'PENDING'")
			.params(tenant.value(), user.value())
			.query(RoleGrants::map)
			.list();
	}

	/** Records the decision if the grant is still pending; false if someone decided first. */
	boolean decide(TenantId tenant, UUID id, Status decision, UserId by, Instant at) {
		return jdbc.sql("""
				UPDATE role_grant SET status = ?, decided_by = ?, decided_at = ?
				 WHERE tenant_id = ? AND id = ? AND status = 'PENDING'""")
			.params(decision.name(), by.value(), utc(at), tenant.value(), id)
			.update() == 1;
	}

	List<PendingGrant> pending(TenantId tenant) {
		return jdbc.sql("""
				SELECT g.id, g.user_id, u.username, u.display_name, g.role, g.proposed_by, p.username AS proposer,
				       g.proposed_at
				  FROM role_grant g
				  JOIN app_user u ON u.tenant_id = g.tenant_id AND u.id = g.user_id
				  LEFT JOIN app_user p ON p.tenant_id = g.tenant_id AND p.id = g.proposed_by
				 WHERE g.tenant_id = ? AND g.status = 'PENDING'
				 ORDER BY g.proposed_at, u.username""")
			.param(tenant.value())
			.query((rs, n) -> {
				Role role = Role.valueOf(rs.getString("role"));
				return new PendingGrant(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
						rs.getString("username"), rs.getString("display_name"), role, role.label(),
						rs.getObject("proposed_by", UUID.class), rs.getString("proposer"),
						rs.getObject("proposed_at", OffsetDateTime.class));
			})
			.list();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static RoleGrant map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime decidedAt = rs.getObject("decided_at", OffsetDateTime.class);
		UUID decidedBy = rs.getObject("decided_by", UUID.class);
		return new RoleGrant(rs.getObject("id", UUID.class), new UserId(rs.getObject("user_id", UUID.class)),
				Role.valueOf(rs.getString("role")), Status.valueOf(rs.getString("status")),
				new UserId(rs.getObject("proposed_by", UUID.class)), rs.getObject("proposed_at", OffsetDateTime.class).toInstant(),
				decidedBy == null ? null : new UserId(decidedBy), decidedAt == null ? null : decidedAt.toInstant());
	}
}
