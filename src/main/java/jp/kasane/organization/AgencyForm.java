package jp.kasane.organization;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.kasane.shared.Field;
import jp.kasane.shared.SafeText;

/** What an administrator enters for an agency (form page and API body alike). */
public record AgencyForm(
		@NotBlank(message = "機関名を入力してください") @Size(max = 100, message = "機関名は100文字以内で入力してください") @SafeText String name,
		@NotNull(message = "種別を選んでください") AgencyKind kind,
		@NotEmpty(message = "対象分野を1つ以上選んでください") Set<Field> fields,
		HubType hubType,
		Boolean contracted,
		@Size(max = 100, message = "受託者名は100文字以内で入力してください") @SafeText String contractorName,
		@Size(max = 200, message = "所在地は200文字以内で入力してください") @SafeText String address,
		@Pattern(regexp = "^$|^[0-9０-９-－ ()（）]{6,20}$", message = "電話番号は数字とハイフンで入力してください") String phone,
		Boolean active,
		Integer version) {

	/** An unticked checkbox or a missing JSON flag means false. */
	public AgencyForm {
		contracted = Boolean.TRUE.equals(contracted);
		active = Boolean.TRUE.equals(active);
	}

	static AgencyForm empty() {
		return new AgencyForm("", null, Set.of(), null, false, "", "", "", true, null);
	}

	static AgencyForm of(Agency a) {
		return new AgencyForm(a.name(), a.kind(), a.fields(), a.hubType(), a.contracted(), a.contractorName(), a.address(),
				a.phone(), a.active(), a.version());
	}
}
