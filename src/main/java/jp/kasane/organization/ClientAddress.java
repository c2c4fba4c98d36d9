package jp.kasane.organization;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The client address of a sign-in attempt: {@code request.getRemoteAddr()}, as Spring Security records it in the
 * attempt's details (form login and HTTP Basic alike). Behind a reverse proxy or load balancer this is the proxy's
 * address unless {@code server.forward-headers-strategy=native} (or {@code framework}) is set and the proxy is
 * trusted to write {@code X-Forwarded-For}; never trust that header from clients directly.
 */
@Component
class ClientAddress {

	static final String UNKNOWN = "unknown";

	String of(Authentication attempt) {
		if (attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
				&& !details.getRemoteAddress().isBlank()) {
			String address = details.getRemoteAddress();
			return address.length() > 64 ? address.substring(0, 64) : address;
		}
		return UNKNOWN;
	}
}
