package jp.kasane.shared;

import java.util.Set;

/**
 * Who is acting: the signed-in user with tenant, agency and roles. Every authorisation and audit
 * decision starts from this.
 */
public record Actor(UserId userId, String username, TenantId tenantId, AgencyId agencyId, Set<Role> roles) {

	public Actor {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/** Whether this actor may read resident data at all (administrators and auditors may not). */
	public boolean mayReadResidents() {
		return roles.stream().anyMatch(Role::readsResidents);
	}
}
