package jp.kasane.organization;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import jp.kasane.shared.AgencyId;
import jp.kasane.shared.Role;
import jp.kasane.shared.TenantId;
import jp.kasane.shared.UserId;

/**
 * A staff member's account: belongs to one agency and holds roles. {@code pendingRoles} are resident-reading roles
 * proposed but not yet confirmed by a second person (they give nothing yet); {@code throttled} says that sign-ins for
 * this login id are being delayed at some client address (an administrator may clear that).
 */
public record UserAccount(UserId id, TenantId tenantId, AgencyId agencyId, String username, String displayName,
		Set<Role> roles, Set<Role> pendingRoles, boolean enabled, boolean throttled, int version) {

	public UserAccount {
		roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		pendingRoles = pendingRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(pendingRoles);
	}

	public String rolesLabel() {
		return String.join("・", roles.stream().map(Role::label).toList());
	}

	public String pendingRolesLabel() {
		return String.join("・", pendingRoles.stream().map(Role::label).toList());
	}

	/** What the account holds and what is waiting for confirmation, as the account form shows them ticked. */
	Set<Role> requestedRoles() {
		Set<Role> all = EnumSet.noneOf(Role.class);
		Stream.of(roles, pendingRoles).forEach(all::addAll);
		return all;
	}
}
