package jp.kasane.shared;

/**
 * A date typed by a user that cannot be read or does not exist (存在しない日付・読み取れない日付).
 * The message is Japanese and meant to be shown to the user as is.
 */
public class InvalidDateException extends IllegalArgumentException {
	private static final long serialVersionUID = 1L;

	public InvalidDateException(String message) {
		super(message);
	}
}
