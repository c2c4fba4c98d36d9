package jp.kasane.support;

import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

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

/** Runs test set-up code as a given actor, through the same role checks as a signed-in user. */
public final class AsActor {

	private record Principal(Actor actor) implements ActorPrincipal {
		@Override
		public String displayName() {
			return "テスト";
		}

		@Override
		public String agencyName() {
			return "";
		}
	}

	private AsActor() {
	}

	public static <T> T call(TenantId tenant, AgencyId agency, Role role, Supplier<T> task) {
		Actor actor = new Actor(new UserId(UUID.randomUUID()), "test-setup", tenant, agency, Set.of(role));
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new Principal(actor), null,
				java.util.List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
		SecurityContextHolder.setContext(context);
		try {
			return task.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
