package jp.kasane.organization;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jp.kasane.shared.Actor;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.Role;
import jp.kasane.shared.TenantId;
import jp.kasane.shared.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads accounts for sign-in (form and HTTP Basic alike) and locks an account for a while after
 * repeated failed passwords, which throttles guessing.
 */
@Service
class AccountDetailsService implements UserDetailsService {

	private static final Logger log = LoggerFactory.getLogger(AccountDetailsService.class);

	private final JdbcClient jdbc;
	private final Clock clock;
	private final int maxFailures;
	private final Duration lockFor;

	AccountDetailsService(JdbcClient jdbc, Clock clock, @Value("${kasane.security.max-failed-logins:5}") int maxFailures,
			@Value("${kasane.security.lock-minutes:15}") long lockMinutes) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockFor = Duration.ofMinutes(lockMinutes);
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return jdbc.sql("SELECT * FROM auth_find_user(?)").param(username).query((rs, n) -> {
			Set<Role> roles = EnumSet.noneOf(Role.class);
			Arrays.stream((String[]) rs.getArray("roles").getArray()).map(Role::valueOf).forEach(roles::add);
			Actor actor = new Actor(new UserId(rs.getObject("id", UUID.class)), rs.getString("username"),
					new TenantId(rs.getObject("tenant_id", UUID.class)), new AgencyId(rs.getObject("agency_id", UUID.class)), roles);
			OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
			boolean locked = lockedUntil != null && lockedUntil.toInstant().isAfter(clock.instant());
			return new SignedInUser(actor, rs.getString("display_name"), rs.getString("agency_name"),
					rs.getString("password_hash"), rs.getBoolean("enabled"), locked);
		}).optional().orElseThrow(() -> new UsernameNotFoundException("unknown account"));
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String username = String.valueOf(event.getAuthentication().getPrincipal());
		jdbc.sql("SELECT auth_record_failure(?, ?, make_interval(secs => ?))")
			.params(username, maxFailures, (double) lockFor.toSeconds())
			.query((rs, n) -> 1)
			.list();
		log.info("Failed sign-in recorded");
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
			jdbc.sql("SELECT auth_record_success(?)").param(user.getUsername()).query((rs, n) -> 1).list();
		}
	}
}
