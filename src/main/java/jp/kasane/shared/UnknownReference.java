package jp.kasane.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A field names something (a household, a consultation) that does not exist or that the user may not
 * see: one answer for both, so that the answer never tells which. The API answers 422 with {@code code}
 * and the field in {@code errors}; pages show the message beside the field, as for any {@link InvalidField}.
 */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class UnknownReference extends InvalidField {

	private final String code;

	public UnknownReference(String code, String field, String message) {
		super(field, message);
		this.code = code;
	}

	public String code() {
		return code;
	}
}
