package jp.kasane.rules;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * One calculator form of the page as posted: text fields read as numbers (全角数字 and 「27,000」 accepted),
 * checkboxes and yes/no choices; every problem is kept beside its field, so the page never fails.
 */
final class ChildCarePageForm {

	private final Map<String, String> values;
	private final Map<String, String> errors = new LinkedHashMap<>();

	ChildCarePageForm(Map<String, String> values) {
		this.values = new LinkedHashMap<>(values);
		this.values.remove("_csrf");
	}

	Map<String, String> values() {
		return values;
	}

	Map<String, String> errors() {
		return errors;
	}

	boolean valid() {
		return errors.isEmpty();
	}

	void reject(String field, String message) {
		errors.putIfAbsent(field, message);
	}

	/** The query's own rules (required, not negative, at most …), each beside its field. */
	<T> void validate(Validator validator, T query) {
		for (ConstraintViolation<T> v : validator.validate(query)) {
			reject(v.getPropertyPath().toString(), v.getMessage());
		}
	}

	Long whole(String field) {
		String text = text(field);
		if (text == null) {
			return null;
		}
		try {
			return Long.valueOf(text);
		}
		catch (NumberFormatException ex) {
			reject(field, "整数で入力してください");
			return null;
		}
	}

	Integer integer(String field) {
		Long value = whole(field);
		if (value == null) {
			return null;
		}
		if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
			reject(field, "大きすぎる数です");
			return null;
		}
		return value.intValue();
	}

	BigDecimal decimal(String field) {
		String text = text(field);
		if (text == null) {
			return null;
		}
		if (!text.matches("-?\\d{1,9}(\\.\\d{1,4})?")) {
			reject(field, "数で入力してください（例：5、4.5）");
			return null;
		}
		return new BigDecimal(text);
	}

	/** A checkbox: checked is true, absent is false. */
	boolean checked(String field) {
		String v = values.get(field);
		return v != null && (v.equals("true") || v.equals("on"));
	}

	/** A はい/いいえ choice that may be left open: "" is null. */
	Boolean choice(String field) {
		String v = values.get(field);
		if (v == null || v.isBlank()) {
			return null;
		}
		return switch (v) {
			case "true" -> true;
			case "false" -> false;
			default -> {
				reject(field, "はい・いいえから選んでください");
				yield null;
			}
		};
	}

	ChildRearingHubType hubType(String field) {
		String v = values.get(field);
		if (v == null || v.isBlank()) {
			return null;
		}
		try {
			return ChildRearingHubType.parse(v);
		}
		catch (IllegalArgumentException ex) {
			reject(field, "実施形態を一覧から選んでください");
			return null;
		}
	}

	private String text(String field) {
		String v = values.get(field);
		if (v == null) {
			return null;
		}
		String normalized = Normalizer.normalize(v, Normalizer.Form.NFKC).replace(",", "").strip();
		return normalized.isEmpty() ? null : normalized;
	}
}
