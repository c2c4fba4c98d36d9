package jp.kasane.shared;

/**
 * One input field holds a value the domain cannot accept (e.g. an impossible 和暦 date). Pages
 * show {@code message} beside the field; the API answers 400 with it in {@code errors}.
 */
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
