package jp.kasane.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.kasane.IntegrationTest;
import jp.kasane.support.Api;
import jp.kasane.support.Api.Response;
import jp.kasane.support.PageSession;
import org.junit.jupiter.api.Test;

/** Consultations at any agency and referrals with their closed loop and the consent behind them. */
class IntakeTest extends IntegrationTest {

	@Test
	void anyAgencyRecordsAConsultationWithTagsAndSensitiveNotesStayWithIt() {
		Api kodomo = api("kodomo");
		String person = register(kodomo, "相談", "初回");
		Response recorded = kodomo.post("/api/v1/people/" + person + "/consultations", Map.of("receivedOn",
				LocalDate.now().toString(), "channel", "PHONE", "consulter", "FAMILY", "tags", List.of("YOUNG_CARER",
						"SCHOOL_REFUSAL"), "notes", "母の通院に付き添い登校できていない", "sensitive", true, "outcome", "CONTINUE_HERE"));
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		assertThat(recorded.json().path("household").isNull()).as("no household yet").isTrue();
		String household = kodomo.post("/api/v1/households", Map.of("label", "相談世帯", "firstMember", person,
				"relationship", "HEAD", "joinedOn", "2000-01-01")).json().path("household").path("id").asString();
		Response second = kodomo.post("/api/v1/people/" + person + "/consultations", Map.of("receivedOn",
				LocalDate.now().toString(), "channel", "PHONE", "consulter", "SELF", "outcome", "INFORMATION_ONLY"));
		assertThat(second.json().path("household").asString()).as("the household the person lives in").isEqualTo(household);

		assertThat(kodomo.get("/api/v1/people/" + person + "/consultations").json().findValuesAsString("notes"))
			.anySatisfy(n -> assertThat(n).contains("付き添い"));
		Response asCity = api("shiyakusho").get("/api/v1/people/" + person + "/consultations");
		assertThat(asCity.json().findValues("tags")).anySatisfy(t -> assertThat(t.size()).isEqualTo(2));
		assertThat(asCity.body()).doesNotContain("付き添い").contains("記録した機関だけ");
		assertThat(api("hokatsu").get("/api/v1/people/" + person + "/consultations").status()).isEqualTo(404);

		Response unknownTag = kodomo.post("/api/v1/people/" + person + "/consultations", Map.of("receivedOn",
				LocalDate.now().toString(), "channel", "PHONE", "consulter", "SELF", "tags", List.of("UFO"), "outcome",
				"INFORMATION_ONLY"));
		assertThat(unknownTag.status()).isEqualTo(400);
		assertThat(unknownTag.json().path("errors").path(0).path("field").asString()).isEqualTo("tags");
		assertThat(api("kodomo").get("/api/v1/issue-tags").json().size()).isGreaterThanOrEqualTo(15);
	}

	@Test
	void aReferralNeedsConsentAndClosesItsLoopVisibleToBothSides() {
		Api hokatsu = api("hokatsu");
		Api kodomo = api("kodomo");
		String person = register(hokatsu, "つなぎ", "太郎");
		String kodomoAgency = agencyOf("kodomo");

		Response withoutConsent = hokatsu.post("/api/v1/people/" + person + "/referrals", Map.of("toAgency", kodomoAgency));
		assertThat(withoutConsent.status()).isEqualTo(422);
		assertThat(withoutConsent.code()).isEqualTo("CONSENT_REQUIRED");

		hokatsu.post("/api/v1/people/" + person + "/consents", Map.of("purposes", List.of("REFERRAL"), "agencies",
				List.of(kodomoAgency), "coversConference", false, "method", "WRITTEN", "obtainedByName", "包括 担当",
				"obtainedOn", LocalDate.now().toString()));
		Response referred = hokatsu.post("/api/v1/people/" + person + "/referrals", Map.of("toAgency", kodomoAgency,
				"note", "孫のヤングケアラーの疑い"));
		assertThat(referred.status()).as(referred.body()).isEqualTo(201);
		String id = referred.json().path("id").asString();
		assertThat(referred.json().path("consent").asString()).isNotBlank();

		assertThat(code(hokatsu.post("/api/v1/referrals/" + id + "/accept", Map.of("version", 0))))
			.isEqualTo("REFERRAL_RECEIVER_ONLY");
		assertThat(code(kodomo.post("/api/v1/referrals/" + id + "/return", Map.of("version", 0))))
			.isEqualTo("RETURN_REASON_REQUIRED");
		assertThat(code(kodomo.post("/api/v1/referrals/" + id + "/start", Map.of("version", 0))))
			.isEqualTo("REFERRAL_INVALID_TRANSITION");
		assertThat(kodomo.post("/api/v1/referrals/" + id + "/accept", Map.of("version", 0)).json().path("status").asString())
			.isEqualTo("ACCEPTED");
		assertThat(code(kodomo.post("/api/v1/referrals/" + id + "/start", Map.of("version", 0)))).isEqualTo("STALE_VERSION");
		kodomo.post("/api/v1/referrals/" + id + "/start", Map.of("version", 1));
		kodomo.post("/api/v1/referrals/" + id + "/complete", Map.of("version", 2));

		assertThat(hokatsu.get("/api/v1/referrals").json().findValuesAsString("status")).contains("COMPLETED");
		assertThat(kodomo.get("/api/v1/referrals").json().findValuesAsString("id")).contains(id);
		assertThat(api("kyodo").get("/api/v1/referrals").json().findValuesAsString("id")).doesNotContain(id);
		assertThat(api("kyodo").post("/api/v1/referrals/" + id + "/accept", Map.of("version", 3)).status()).isEqualTo(404);
	}

	@Test
	void theConsultationPageRecordsAndShowsJapaneseErrors() {
		String person = register(api("hokatsu"), "画面", "相談");
		PageSession session = pages("hokatsu");
		assertThat(session.get("/people/" + person + "/consultations").body()).contains("相談を受け付ける").contains("ヤングケアラー");
		var invalid = session.postEncoded("/people/" + person + "/consultations", "receivedOn=&channel=PHONE&consulter=SELF"
				+ "&outcome=CONTINUE_HERE&notes=" + PageSession.enc("<script>x</script>"));
		assertThat(invalid.body()).contains("相談日を入力してください").contains("HTMLタグやスクリプト");
		var saved = session.postEncoded("/people/" + person + "/consultations", "receivedOn=" + LocalDate.now()
				+ "&channel=PHONE&consulter=NEIGHBOUR&outcome=REQUEST_MULTI_AGENCY&tags=8050&tags=HIKIKOMORI&notes="
				+ PageSession.enc("近所の方から、息子さんを長く見かけないと"));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(session.get("/people/" + person + "/consultations").body()).contains("多機関協働へ支援依頼").contains("ひきこもり");
	}

	private String register(Api api, String family, String given) {
		Map<String, Object> form = personForm(family, given, "ソウダン", uniqueKana(), "1950-01-01");
		form.put("confirmedNotDuplicate", true);
		return api.post("/api/v1/people", form).json().path("id").asString();
	}

	private static String code(Response response) {
		return response.code();
	}

	private String agencyOf(String username) {
		return owner.sql("SELECT agency_id FROM auth_find_user(?)").param(username).query(UUID.class).single().toString();
	}
}
