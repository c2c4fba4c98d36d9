package jp.kasane.organization;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jp.kasane.shared.Actor;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.Role;
import jp.kasane.shared.TenantId;
import jp.kasane.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Loads accounts for sign-in (form and HTTP Basic alike). Repeated failures are throttled per client address by
 * {@link ThrottlingAuthenticationProvider}, not by locking the account: nobody can lock someone else out.
 */
class AccountDetailsService implements UserDetailsService {

	private final JdbcClient jdbc;

	AccountDetailsService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return jdbc.sql("SELECT * FROM auth_find_user(?)").param(username).query((rs, n) -> {
			Set<Role> roles = EnumSet.noneOf(Role.class);
			Arrays.stream((String[]) rs.getArray("roles").getArray()).map(Role::valueOf).forEach(roles::add);
			Actor actor = new Actor(new UserId(rs.getObject("id", UUID.class)), rs.getString("username"),
					new TenantId(rs.getObject("tenant_id", UUID.class)), new AgencyId(rs.getObject("agency_id", UUID.class)), roles);
			return new SignedInUser(actor, rs.getString("display_name"), rs.getString("agency_name"),
					rs.getString("password_hash"), rs.getBoolean("enabled"));
		}).optional().orElseThrow(() -> new UsernameNotFoundException("unknown account"));
	}
}
