package jp.kasane.platform;

import java.util.List;

import jp.kasane.shared.Actor;
import jp.kasane.shared.ActorContext.ActorPrincipal;
import jp.kasane.shared.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user into every page model as {@code me}, for the header and menus. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

	/** What a page needs to know of the user; names of staff only, never residents. */
	record Me(String displayName, String agencyName, List<String> roleLabels, boolean admin, boolean auditor,
			boolean mayReadResidents, boolean municipal) {

		static Me of(ActorPrincipal principal) {
			Actor actor = principal.actor();
			return new Me(principal.displayName(), principal.agencyName(),
					actor.roles().stream().sorted().map(Role::label).toList(), actor.has(Role.SYSTEM_ADMIN),
					actor.has(Role.AUDITOR), actor.mayReadResidents(), actor.has(Role.MUNICIPAL_STAFF));
		}
	}

	@ModelAttribute("me")
	Me me() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof ActorPrincipal principal ? Me.of(principal) : null;
	}
}
