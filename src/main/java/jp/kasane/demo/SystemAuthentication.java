package jp.kasane.demo;

import java.util.Set;

import jp.kasane.shared.Actor;
import jp.kasane.shared.ActorContext.ActorPrincipal;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.Role;
import jp.kasane.shared.TenantId;
import jp.kasane.shared.UserId;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a step of the demo loader as a named system actor with the given roles, so that it goes
 * through the same role checks, row-level security and audit log as a person would.
 */
final class SystemAuthentication {

	private record SystemPrincipal(Actor actor) implements ActorPrincipal {
		@Override
		public String displayName() {
			return "デモデータ作成";
		}

		@Override
		public String agencyName() {
			return "";
		}
	}

	private SystemAuthentication() {
	}

	static void runAs(TenantId tenant, AgencyId agency, Set<Role> roles, Runnable task) {
		Actor actor = new Actor(new UserId(new java.util.UUID(0, 0)), "demo-loader", tenant, agency, roles);
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new SystemPrincipal(actor), null,
				roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList()));
		SecurityContextHolder.setContext(context);
		try {
			task.run();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
