package jp.kasane.organization;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.kasane.shared.Role;
import jp.kasane.shared.SafeText;

/**
 * What an administrator enters for a staff account. The password is only set, never shown. A resident-reading role
 * among {@code roles} that the account does not hold yet is proposed, not given (see {@link GrantPolicy}).
 */
public record UserForm(
		@NotBlank(message = "ログインIDを入力してください") @Pattern(regexp = "^[a-z0-9._-]{3,40}$", message = "ログインIDは半角英小文字・数字・記号(._-)の3〜40文字です") String username,
		@NotBlank(message = "氏名を入力してください") @Size(max = 60, message = "氏名は60文字以内で入力してください") @SafeText String displayName,
		@NotNull(message = "所属機関を選んでください") UUID agencyId,
		@NotEmpty(message = "役割を1つ以上選んでください") Set<Role> roles,
		@jp.kasane.shared.Omittable @Pattern(regexp = "^$|^.{12,128}$", message = "パスワードは12文字以上128文字以内で入力してください") String password,
		Boolean enabled,
		Integer version) {

	/** An unticked checkbox or a missing JSON flag means false. */
	public UserForm {
		enabled = Boolean.TRUE.equals(enabled);
	}

	static UserForm empty() {
		return new UserForm("", "", null, Set.of(), null, true, null);
	}

	static UserForm of(UserAccount u) {
		return new UserForm(u.username(), u.displayName(), u.agencyId().value(), u.requestedRoles(), null, u.enabled(),
				u.version());
	}
}
