package jp.kasane.organization;

import java.util.EnumSet;
import java.util.Set;

import jp.kasane.shared.AgencyId;
import jp.kasane.shared.Role;
import jp.kasane.shared.TenantId;
import jp.kasane.shared.UserId;

/** A staff member's account: belongs to one agency and holds one or more roles. */
public record UserAccount(UserId id, TenantId tenantId, AgencyId agencyId, String username, String displayName,
		Set<Role> roles, boolean enabled, boolean locked, int version) {

	public UserAccount {
		roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	public String rolesLabel() {
		return String.join("・", roles.stream().map(Role::label).toList());
	}
}
