package jp.kasane.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.kasane.shared.SafeText;

/**
 * What a caseworker types when registering or correcting a person. The date of birth is text so
 * that 和暦 (「昭和45年3月2日」「S45.3.2」) can be entered as well as 西暦.
 */
public record PersonForm(
		@NotBlank(message = "氏を入力してください") @Size(max = 30, message = "氏は30文字以内で入力してください") @SafeText String familyName,
		@NotBlank(message = "名を入力してください") @Size(max = 30, message = "名は30文字以内で入力してください") @SafeText String givenName,
		@NotBlank(message = "氏のフリガナを入力してください") @Size(max = 40, message = "フリガナは40文字以内で入力してください") @Pattern(regexp = "^[\\p{IsHiragana}\\p{IsKatakana}ー\\s　・]*$", message = "フリガナはカタカナかひらがなで入力してください") String familyKana,
		@NotBlank(message = "名のフリガナを入力してください") @Size(max = 40, message = "フリガナは40文字以内で入力してください") @Pattern(regexp = "^[\\p{IsHiragana}\\p{IsKatakana}ー\\s　・]*$", message = "フリガナはカタカナかひらがなで入力してください") String givenKana,
		@Size(max = 20, message = "生年月日は20文字以内で入力してください") String birthDate,
		@Size(max = 20, message = "性別は20文字以内で入力してください") @SafeText String sex,
		@Pattern(regexp = "^$|^[0-9０-９]{3}[-－ー]?[0-9０-９]{4}$", message = "郵便番号は「123-4567」の形で入力してください") String postalCode,
		@Size(max = 200, message = "住所は200文字以内で入力してください") @SafeText String address,
		@Pattern(regexp = "^$|^[0-9０-９\\-－ ()（）+]{6,20}$", message = "電話番号は数字とハイフンで入力してください") String phone,
		@Size(max = 500, message = "連絡上の配慮は500文字以内で入力してください") @SafeText String safeContactNote,
		@jp.kasane.shared.Omittable Boolean confirmedNotDuplicate,
		Integer version) {

	/** An unticked checkbox or a missing JSON flag means false. */
	public PersonForm {
		confirmedNotDuplicate = Boolean.TRUE.equals(confirmedNotDuplicate);
	}

	static PersonForm empty() {
		return new PersonForm("", "", "", "", "", "", "", "", "", "", false, null);
	}

	static PersonForm of(Person p) {
		return new PersonForm(p.familyName(), p.givenName(), p.familyKana(), p.givenKana(),
				p.birthDate() == null ? "" : p.birthDate().toString(), p.sex(), p.postalCode(), p.address(), p.phone(),
				p.safeContactNote(), true, p.version());
	}
}
