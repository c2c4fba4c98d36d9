package jp.kasane.rules;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Reads the planner page's form fields as typed (全角 digits and 3-digit commas are accepted) and collects a
 * Japanese message for each field that is not a number or fails the rule input's validation.
 */
final class PlannerInput {

	private final Map<String, String> params;
	private final Map<String, String> errors = new LinkedHashMap<>();

	PlannerInput(Map<String, String> params) {
		this.params = params;
	}

	Map<String, String> errors() {
		return errors;
	}

	/** The text of a field as typed, for showing it again. */
	Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>(params);
		values.remove("_csrf");
		return values;
	}

	Integer integer(String field) {
		Long value = whole(field);
		if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
			errors.put(field, "数が大きすぎます");
			return null;
		}
		return value == null ? null : value.intValue();
	}

	Long whole(String field) {
		String raw = params.get(field);
		if (raw == null || raw.isBlank()) {
			return null;
		}
		String text = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().replace(",", "");
		try {
			return Long.parseLong(text);
		}
		catch (NumberFormatException ex) {
			errors.put(field, "整数（例: 6）で入力してください");
			return null;
		}
	}

	/** A checkbox: checked is true, absent is false. */
	Boolean checked(String field) {
		String raw = params.get(field);
		return raw != null && (raw.equals("true") || raw.equals("on"));
	}

	<E extends Enum<E>> E choice(String field, Class<E> type) {
		String raw = params.get(field);
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, raw);
		}
		catch (IllegalArgumentException ex) {
			errors.put(field, "一覧から選んでください");
			return null;
		}
	}

	/** The input if it is valid and every field was readable, otherwise null (the messages are in {@link #errors()}). */
	<T> T validated(T input, Validator validator) {
		for (ConstraintViolation<T> violation : validator.validate(input)) {
			errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
		}
		return errors.isEmpty() ? input : null;
	}
}
