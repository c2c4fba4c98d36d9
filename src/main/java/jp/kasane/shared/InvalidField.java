package jp.kasane.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * One input field holds a value the domain cannot accept (e.g. an impossible 和暦 date). Pages
 * show {@code message} beside the field; the API answers 400 with it in {@code errors}.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidField extends RuntimeException {

	private final String field;

	public InvalidField(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}
}
