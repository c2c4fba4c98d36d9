package jp.kasane.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A safeguard the request depends on is not working (e.g. the audit log cannot be written), so
 * the request is refused rather than served without it. Answers 503.
 */
@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
public class ServiceUnavailable extends RuntimeException {

	private final String code;

	public ServiceUnavailable(String code, String message, Throwable cause) {
		super(message, cause);
		this.code = code;
	}

	public String code() {
		return code;
	}
}
