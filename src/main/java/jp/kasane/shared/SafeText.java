package jp.kasane.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Text a person types: no markup or script (pages escape everything anyway; this keeps such text
 * out of the records that other systems will read) and no control characters.
 */
@Documented
@Constraint(validatedBy = SafeTextValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface SafeText {

	String message() default "HTMLタグやスクリプトのような文字列（<…>）は入力できません";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};
}
