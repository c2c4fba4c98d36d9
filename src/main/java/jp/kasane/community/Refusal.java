package jp.kasane.community;

import jp.kasane.shared.InvalidField;
import jp.kasane.shared.RuleViolation;

/**
 * Why a policy refuses a change: about one field of the input (→ 400 naming it) or about the
 * state of the record (→ 422 with a code).
 */
record Refusal(String field, String code, String message) {

	static Refusal field(String field, String message) {
		return new Refusal(field, null, message);
	}

	static Refusal rule(String code, String message) {
		return new Refusal(null, code, message);
	}

	RuntimeException exception() {
		return field != null ? new InvalidField(field, message) : new RuleViolation(code, message);
	}
}
