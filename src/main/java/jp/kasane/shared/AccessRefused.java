package jp.kasane.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The user may know the record exists but may not open it yet, for a reason they can act on (e.g.
 * a 支援会議 member who has not signed the confidentiality pledge). Answers 403 with {@code code}.
 */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class AccessRefused extends RuntimeException {

	private final String code;

	public AccessRefused(String code, String message) {
		super(message);
		this.code = code;
	}

	public String code() {
		return code;
	}
}
