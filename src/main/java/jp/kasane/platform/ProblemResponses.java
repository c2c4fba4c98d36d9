package jp.kasane.platform;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.kasane.shared.SignInThrottled;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** problem+json answers for the API that are written outside Spring MVC (security filters). */
@Component
class ProblemResponses {

	private final JsonMapper json;

	ProblemResponses(JsonMapper json) {
		this.json = json;
	}

	void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex) throws IOException {
		if (ex instanceof SignInThrottled throttled) {
			// Refused before the password was checked: say how long to wait, and do not ask for credentials again now.
			response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
			write(request, response, HttpStatus.TOO_MANY_REQUESTS, SignInThrottled.CODE, throttled.japaneseMessage());
			return;
		}
		response.setHeader("WWW-Authenticate", "Basic realm=\"Kasane\"");
		write(request, response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "認証が必要です（HTTP Basic）");
	}

	void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex) throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "FORBIDDEN", "この操作を行う権限がありません");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code, String detail)
			throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("code", code);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}
}
