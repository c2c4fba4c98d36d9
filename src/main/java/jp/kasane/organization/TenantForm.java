package jp.kasane.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kasane.shared.SafeText;

/** The implementing body's own details, as its administrator corrects them. */
public record TenantForm(
		@NotBlank(message = "名称を入力してください") @Size(max = 100, message = "名称は100文字以内で入力してください") @SafeText String name,
		@NotNull(message = "種別を選んでください") TenantKind kind,
		@Size(max = 10, message = "団体コードは6桁です") String municipalityCode) {

	static TenantForm of(Tenant tenant) {
		return new TenantForm(tenant.name(), tenant.kind(), tenant.code() == null ? "" : tenant.code().value());
	}
}
