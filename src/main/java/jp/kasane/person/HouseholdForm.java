package jp.kasane.person;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.kasane.shared.SafeText;

/** A new household with its first member (usually the 世帯主). */
public record HouseholdForm(
		@NotBlank(message = "世帯の呼び名を入力してください（例：山田世帯）") @Size(max = 60, message = "世帯の呼び名は60文字以内です") @SafeText String label,
		@Pattern(regexp = "^$|^[0-9０-９]{3}[-－ー]?[0-9０-９]{4}$", message = "郵便番号は「123-4567」の形で入力してください") String postalCode,
		@Size(max = 200, message = "住所は200文字以内で入力してください") @SafeText String address,
		@NotNull(message = "最初の世帯員を選んでください") UUID firstMember,
		@NotNull(message = "続柄を選んでください") Relationship relationship,
		@NotNull(message = "世帯に加わった日を入力してください") LocalDate joinedOn) {
}
