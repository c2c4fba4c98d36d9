package jp.kasane.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request that is well-formed but breaks a rule of the domain. {@code code} is stable for API
 * clients; {@code message} is Japanese and shown to the user as is.
 */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class RuleViolation extends RuntimeException {

	private final String code;

	public RuleViolation(String code, String message) {
		super(message);
		this.code = code;
	}

	public String code() {
		return code;
	}
}
