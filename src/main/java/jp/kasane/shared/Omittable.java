package jp.kasane.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A form component that a full replacement ({@code PUT}) may leave out because leaving it out erases
 * nothing: a write-only secret that is kept as it is (a password), or a confirmation flag that is not
 * stored (「重複ではないことを確認した」). Every other component of a {@code PUT} body must be present,
 * with {@code null} to clear it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER })
public @interface Omittable {
}
