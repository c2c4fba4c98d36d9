package jp.kasane.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.kasane.IntegrationTest;
import jp.kasane.support.Api;
import jp.kasane.support.Api.Response;
import org.junit.jupiter.api.Test;

/**
 * A caseworker sees a person only where the agency has a reason: it registered them, or their
 * consent names it. Withdrawal takes the reason away at once (invariant 4).
 */
class CaseworkerAccessTest extends IntegrationTest {

	@Test
	void consentOpensAccessAndWithdrawalClosesItAtOnce() {
		String kana = uniqueKana();
		Api kodomo = api("kodomo");
		Api hokatsu = api("hokatsu");
		Response created = kodomo.post("/api/v1/people", personForm("北川", "葵", "キタガワ", kana, "2012-06-01"));
		assertThat(created.status()).isEqualTo(201);
		String person = created.json().path("id").asString();
		UUID hokatsuAgency = agencyOf("hokatsu");

		assertThat(hokatsu.get("/api/v1/people/" + person).status()).isEqualTo(404);
		assertThat(hokatsu.get("/api/v1/people/" + person + "/consents").status()).isEqualTo(404);
		assertThat(hokatsu.get("/api/v1/people?q=" + kana).json().size()).isZero();
		assertThat(pages("hokatsu").get("/people/" + person).status()).isEqualTo(404);

		Response consent = kodomo.post("/api/v1/people/" + person + "/consents", Map.of("purposes",
				List.of("INFORMATION_SHARING"), "agencies", List.of(hokatsuAgency.toString()), "coversConference", false,
				"method", "WRITTEN", "obtainedByName", "子ども 担当", "obtainedOn", LocalDate.now().toString()));
		assertThat(consent.status()).as(consent.body()).isEqualTo(201);
		String consentId = consent.json().path("id").asString();

		assertThat(hokatsu.get("/api/v1/people/" + person).status()).isEqualTo(200);
		assertThat(hokatsu.get("/api/v1/people?q=" + kana).json().size()).isEqualTo(1);
		Response sharing = kodomo.get("/api/v1/people/" + person + "/sharing?agency=" + hokatsuAgency + "&purpose=INFORMATION_SHARING");
		assertThat(sharing.json().path("allowed").asBoolean()).isTrue();
		Response otherPurpose = kodomo.get("/api/v1/people/" + person + "/sharing?agency=" + hokatsuAgency + "&purpose=REFERRAL");
		assertThat(otherPurpose.json().path("allowed").asBoolean()).isFalse();
		assertThat(otherPurpose.json().path("reason").asString()).contains("目的");

		Response withdrawn = kodomo.post("/api/v1/people/" + person + "/consents/" + consentId + "/withdraw",
				Map.of("withdrawnOn", LocalDate.now().toString(), "reason", "本人の申し出"));
		assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);

		assertThat(hokatsu.get("/api/v1/people/" + person).status()).isEqualTo(404);
		Response afterWithdrawal = kodomo.get("/api/v1/people/" + person + "/sharing?agency=" + hokatsuAgency + "&purpose=INFORMATION_SHARING");
		assertThat(afterWithdrawal.json().path("allowed").asBoolean()).isFalse();
		assertThat(afterWithdrawal.json().path("reason").asString()).contains("撤回");
		assertThat(kodomo.post("/api/v1/people/" + person + "/consents/" + consentId + "/withdraw",
				Map.of("withdrawnOn", LocalDate.now().toString())).code()).isEqualTo("ALREADY_WITHDRAWN");
	}

	@Test
	void municipalStaffSeeEveryoneOfTheirTenantAndAdminsAndAuditorsNoOne() {
		Response created = api("kodomo").post("/api/v1/people", personForm("南", "蓮", "ミナミ", uniqueKana(), "2015-01-01"));
		String person = created.json().path("id").asString();

		assertThat(api("shiyakusho").get("/api/v1/people/" + person).status()).isEqualTo(200);
		assertThat(api("kyodo").get("/api/v1/people/" + person).status()).isEqualTo(404);
		assertThat(api("admin").get("/api/v1/people/" + person).status()).isEqualTo(403);
		assertThat(api("kansa").get("/api/v1/people/" + person).status()).isEqualTo(403);
		assertThat(api("admin").get("/api/v1/people?q=").status()).isEqualTo(403);
	}

	@Test
	void consentCannotBeDatedInTheFutureOrNameAnUnknownAgency() {
		Api kodomo = api("kodomo");
		String person = kodomo.post("/api/v1/people", personForm("東", "陽", "アズマ", uniqueKana(), "2016-01-01"))
			.json().path("id").asString();
		Response future = kodomo.post("/api/v1/people/" + person + "/consents", Map.of("purposes", List.of("REFERRAL"),
				"agencies", List.of(agencyOf("kodomo").toString()), "coversConference", true, "method", "ORAL",
				"obtainedByName", "担当", "obtainedOn", LocalDate.now().plusDays(1).toString()));
		assertThat(future.status()).isEqualTo(400);
		assertThat(future.json().path("errors").path(0).path("field").asString()).isEqualTo("obtainedOn");
		Response unknown = kodomo.post("/api/v1/people/" + person + "/consents", Map.of("purposes", List.of("REFERRAL"),
				"agencies", List.of(UUID.randomUUID().toString()), "coversConference", true, "method", "ORAL",
				"obtainedByName", "担当", "obtainedOn", LocalDate.now().toString()));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(kodomo.get("/api/v1/people/" + person + "/consents").json().size()).isZero();
	}

	@Test
	void accessThroughAConsentEndsWithItsValidity() {
		String kana = uniqueKana();
		Api kodomo = api("kodomo");
		String person = kodomo.post("/api/v1/people", personForm("期限", "付", "キゲン", kana, "2011-01-01"))
			.json().path("id").asString();
		UUID hokatsuAgency = agencyOf("hokatsu");
		Response consent = kodomo.post("/api/v1/people/" + person + "/consents", Map.of("purposes",
				List.of("INFORMATION_SHARING"), "agencies", List.of(hokatsuAgency.toString()), "coversConference", false,
				"method", "ORAL", "obtainedByName", "担当", "obtainedOn", LocalDate.now().minusDays(30).toString(),
				"validUntil", LocalDate.now().toString()));
		assertThat(consent.status()).isEqualTo(201);
		assertThat(api("hokatsu").get("/api/v1/people/" + person).status()).as("valid through its last day").isEqualTo(200);

		// The next day comes: the grant's end date is now in the past.
		owner.sql("UPDATE person_access SET valid_until = current_date - 1 WHERE person_id = ?::uuid AND reason = 'CONSENT'")
			.param(person).update();

		assertThat(api("hokatsu").get("/api/v1/people/" + person).status()).isEqualTo(404);
		assertThat(api("hokatsu").get("/api/v1/people?q=" + kana).json().size()).isZero();
	}

	private UUID agencyOf(String username) {
		return owner.sql("SELECT agency_id FROM auth_find_user(?)").param(username).query(UUID.class).single();
	}
}
