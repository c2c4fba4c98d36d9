package jp.kasane.shared;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Resolves the current {@link Actor} from the security context, or from a system task started with
 * {@link #runAs(Actor, Runnable)} (demo town, scheduled jobs).
 */
public final class ActorContext {

	/** Implemented by the security principal so that modules need not know the account type. */
	public interface ActorPrincipal {
		Actor actor();

		/** Staff member's name, for the page header. */
		String displayName();

		/** Name of the staff member's agency, for the page header. */
		String agencyName();
	}

	private static final ThreadLocal<Actor> SYSTEM = new ThreadLocal<>();

	private ActorContext() {
	}

	public static Optional<Actor> current() {
		Actor system = SYSTEM.get();
		if (system != null) {
			return Optional.of(system);
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof ActorPrincipal principal) {
			return Optional.of(principal.actor());
		}
		return Optional.empty();
	}

	/** The current actor; fails closed when nobody is signed in. */
	public static Actor require() {
		return current().orElseThrow(() -> new IllegalStateException("no authenticated actor"));
	}

	/** Runs a system task as the given actor on this thread. */
	public static void runAs(Actor actor, Runnable task) {
		Actor previous = SYSTEM.get();
		SYSTEM.set(actor);
		try {
			task.run();
		}
		finally {
			if (previous == null) {
				SYSTEM.remove();
			}
			else {
				SYSTEM.set(previous);
			}
		}
	}
}
