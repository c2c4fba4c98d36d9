package jp.kasane.demo;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A fictional resident (本人) as registered by a support agency.
 *
 * @param key                    stable key, e.g. {@code "p0012"}; probable duplicates end in {@code "-dup"}
 * @param familyName             氏
 * @param givenName              名
 * @param familyKana             氏のフリガナ (katakana)
 * @param givenKana              名のフリガナ (katakana)
 * @param birthDate              生年月日
 * @param sex                    性別 as written on the intake sheet: "男性", "女性", free text such as "回答しない", or {@code null}
 * @param postalCode             郵便番号, e.g. "139-0011"
 * @param address                住所
 * @param phone                  連絡先; nullable
 * @param safeContactNote        安全な連絡方法の注意書き; nullable
 * @param registeredByAgencyCode {@link DemoAgency#code()} of the registering agency
 */
public record DemoPerson(String key, String familyName, String givenName, String familyKana, String givenKana,
		LocalDate birthDate, String sex, String postalCode, String address, String phone, String safeContactNote,
		String registeredByAgencyCode) {

	public DemoPerson {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(familyName, "familyName");
		Objects.requireNonNull(givenName, "givenName");
		Objects.requireNonNull(birthDate, "birthDate");
		Objects.requireNonNull(registeredByAgencyCode, "registeredByAgencyCode");
	}

	/** 氏名, e.g. 「佐藤 花子」. */
	public String fullName() {
		return familyName + " " + givenName;
	}

	/** フリガナ, e.g. 「サトウ ハナコ」. */
	public String fullKana() {
		return familyKana + " " + givenKana;
	}
}
