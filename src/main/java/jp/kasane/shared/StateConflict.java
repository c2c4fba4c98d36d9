package jp.kasane.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The record is no longer in the state the request expected, usually because the same change was
 * just made by someone else (or by the same request sent twice): a consent already withdrawn, a
 * follow-up already recorded, a 謝礼 already paid for the period. Answers 409 with a stable
 * {@code code}; nothing was changed. Pages show the Japanese message like any rule violation.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class StateConflict extends RuleViolation {

	public StateConflict(String code, String message) {
		super(code, message);
	}
}
