package jp.kasane.network;

import jp.kasane.shared.InvalidField;
import jp.kasane.shared.RuleViolation;

/** Why a policy refuses: about one input field (→ 400 naming it) or about the records (→ 422 with a code). */
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
