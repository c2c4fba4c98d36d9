package jp.kasane.person;

import java.time.LocalDate;
import java.time.Period;

import jp.kasane.shared.AgencyId;
import jp.kasane.shared.PersonId;
import jp.kasane.shared.TenantId;
import jp.kasane.shared.WarekiDate;

/**
 * A resident (住民) known to the support system. Consent, cases and households refer to a person
 * by {@link PersonId} only.
 */
public record Person(PersonId id, TenantId tenantId, String familyName, String givenName, String familyKana,
		String givenKana, LocalDate birthDate, String sex, String postalCode, String address, String phone,
		String safeContactNote, AgencyId registeredBy, int version) {

	/** 氏名 as written on forms: 「山田　太郎」. */
	public String fullName() {
		return familyName + "\u3000" + givenName;
	}

	/** フリガナ: 「ヤマダ　タロウ」. */
	public String fullKana() {
		return familyKana + "\u3000" + givenKana;
	}

	/** 生年月日 in 西暦 and 和暦, or 「不詳」. */
	public String birthDateText() {
		return birthDate == null ? "不詳" : WarekiDate.formatBoth(birthDate);
	}

	/** Age in whole years on the given day, or -1 when the date of birth is unknown. */
	public int ageOn(LocalDate day) {
		return birthDate == null ? -1 : Period.between(birthDate, day).getYears();
	}
}
