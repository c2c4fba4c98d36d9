package jp.kasane.shared;

import java.util.regex.Pattern;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Rejects tags (and so inline handlers inside them), {@code javascript:} links and control characters. */
public class SafeTextValidator implements ConstraintValidator<SafeText, String> {

	private static final Pattern MARKUP = Pattern.compile(
			"<\\s*[a-zA-Z/!?]|javascript\\s*:|[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]",
			Pattern.CASE_INSENSITIVE);

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		return value == null || !MARKUP.matcher(value).find();
	}

	/** Same rule for code that validates without Bean Validation. */
	public static boolean isSafe(String value) {
		return value == null || !MARKUP.matcher(value).find();
	}
}
