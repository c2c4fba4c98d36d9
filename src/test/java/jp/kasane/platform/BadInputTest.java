package jp.kasane.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jp.kasane.IntegrationTest;
import jp.kasane.support.Api;
import jp.kasane.support.Api.Response;
import jp.kasane.support.PageSession;
import jp.kasane.support.PageSession.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Invariant 8: bad input gets problem+json with a stable code and field errors (API) or a
 * Japanese message (pages), never a 500, and never loses what was saved before.
 */
class BadInputTest extends IntegrationTest {

	@Test
	void malformedJsonIsA400Problem() {
		Response response = api("hokatsu").postRaw("/api/v1/people", "{\"familyName\": \"山田\", ");
		assertProblem(response, 400, "MALFORMED_JSON");
	}

	@Test
	void wrongTypesNameTheField() {
		Response kind = api("admin").post("/api/v1/agencies", Map.of("name", "型違い", "kind", 123, "fields", List.of("OTHER")));
		assertProblem(kind, 400, "INVALID_FIELD_TYPE");
		assertThat(kind.json().path("errors").path(0).path("field").asString()).isEqualTo("kind");

		Response fields = api("admin").post("/api/v1/agencies", Map.of("name", "型違い", "kind", "NPO", "fields", List.of("宇宙")));
		assertProblem(fields, 400, "INVALID_FIELD_TYPE");

		Response version = api("hokatsu").post("/api/v1/people", Map.of("familyName", "型", "givenName", "違い",
				"familyKana", "カタ", "givenKana", "チガイ", "version", "abc"));
		assertProblem(version, 400, "INVALID_FIELD_TYPE");
		assertThat(version.json().path("errors").path(0).path("field").asString()).isEqualTo("version");

		// A date the JSON reader cannot parse names its field too (the parse error sits under Jackson's).
		Response date = api("hokatsu").post("/api/v1/people/" + java.util.UUID.randomUUID() + "/consultations",
				Map.of("receivedOn", "来週", "channel", "PHONE", "consulter", "SELF", "outcome", "INFORMATION_ONLY"));
		assertProblem(date, 400, "INVALID_FIELD_TYPE");
		assertThat(date.json().path("errors").path(0).path("field").asString()).isEqualTo("receivedOn");

		assertProblem(api("hokatsu").get("/api/v1/people/not-a-uuid"), 404, "NOT_FOUND");
		assertProblem(api("kansa").get("/api/v1/audit/entries?from=yesterday"), 400, "INVALID_PARAMETER");
		assertProblem(api("hokatsu").get("/api/v1/nothing-here"), 404, "NOT_FOUND");
		assertThat(api("hokatsu").postRaw("/api/v1/people", "[1,2,3]").status()).isEqualTo(400);
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)",
			"山田<b>太郎</b>" })
	void scriptBearingTextIsRejectedWithAFieldError(String text) {
		Map<String, Object> form = personForm(text, "太郎", "ヤマダ", uniqueKana(), "1970-01-01");
		Response response = api("hokatsu").post("/api/v1/people", form);
		assertProblem(response, 400, "VALIDATION_FAILED");
		assertThat(response.json().path("errors").findValuesAsString("field")).containsExactly("familyName");
	}

	@Test
	void overLongTextIsRejectedWithAFieldError() {
		Map<String, Object> form = personForm("長".repeat(31), "太郎", "ナガ", uniqueKana(), "1970-01-01");
		form.put("safeContactNote", "あ".repeat(501));
		Response response = api("hokatsu").post("/api/v1/people", form);
		assertProblem(response, 400, "VALIDATION_FAILED");
		assertThat(response.json().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("familyName",
				"safeContactNote");
		assertThat(response.json().path("errors").path(0).path("message").asString()).matches(".*文字以内.*");
	}

	@Test
	void aRejectedCorrectionLosesNothingSavedBefore() {
		Api hokatsu = api("hokatsu");
		String kana = uniqueKana();
		Map<String, Object> form = personForm("保存", "済子", "ホゾン", kana, "1975-07-07");
		form.put("safeContactNote", "携帯のみ");
		Response created = hokatsu.post("/api/v1/people", form);
		String id = created.json().path("id").asString();

		Map<String, Object> bad = personForm("<script>x</script>", "済子", "ホゾン", kana, "昭和64年1月8日");
		bad.put("version", 0);
		assertThat(hokatsu.put("/api/v1/people/" + id, bad).status()).isEqualTo(400);
		Map<String, Object> badDate = personForm("保存", "済子", "ホゾン", kana, "昭和64年1月8日");
		badDate.put("version", 0);
		assertThat(hokatsu.put("/api/v1/people/" + id, badDate).status()).isEqualTo(400);
		assertThat(hokatsu.postRaw("/api/v1/people", "{broken").status()).isEqualTo(400);

		Response after = hokatsu.get("/api/v1/people/" + id);
		assertThat(after.json().path("familyName").asString()).isEqualTo("保存");
		assertThat(after.json().path("birthDate").asString()).isEqualTo("1975-07-07");
		assertThat(after.json().path("safeContactNote").asString()).isEqualTo("携帯のみ");
		assertThat(after.json().path("version").asInt()).isZero();
	}

	@Test
	void aStaleCorrectionIsA409AndKeepsTheNewerValues() {
		Api hokatsu = api("hokatsu");
		String kana = uniqueKana();
		String id = hokatsu.post("/api/v1/people", personForm("版", "管理", "ハン", kana, "1980-01-01")).json().path("id").asString();
		Map<String, Object> first = personForm("版", "管理", "ハン", kana, "1980-01-02");
		first.put("version", 0);
		first.put("confirmedNotDuplicate", true);
		assertThat(hokatsu.put("/api/v1/people/" + id, first).status()).isEqualTo(200);
		Map<String, Object> stale = personForm("版", "管理", "ハン", kana, "1980-01-03");
		stale.put("version", 0);
		assertProblem(hokatsu.put("/api/v1/people/" + id, stale), 409, "STALE_VERSION");
		assertThat(hokatsu.get("/api/v1/people/" + id).json().path("birthDate").asString()).isEqualTo("1980-01-02");
	}

	@Test
	void pagesShowJapaneseMessagesAndSaveNothing() {
		PageSession session = pages("hokatsu");
		session.get("/people/new");
		String kana = uniqueKana();
		Page page = session.post("/people", Map.of("familyName", "<script>alert(1)</script>", "givenName", "太郎",
				"familyKana", "ヤマダ", "givenKana", kana, "birthDate", "平成31年5月1日", "phone", "abc"));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("HTMLタグやスクリプト").contains("平成").contains("電話番号は数字とハイフンで入力してください")
			.doesNotContain("<script>alert(1)</script>");
		assertThat(api("hokatsu").get("/api/v1/people?q=" + kana).json().size()).isZero();

		Page missing = session.get("/people/00000000-0000-0000-0000-000000000000");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.body()).contains("見つからないか、閲覧する権限がありません");
		Page malformedId = session.get("/households/not-an-id");
		assertThat(malformedId.status()).isEqualTo(404);
		Page badDate = session.post("/households/" + java.util.UUID.randomUUID() + "/members/"
				+ java.util.UUID.randomUUID() + "/leave", Map.of("leftOn", "いつか"));
		assertThat(badDate.status()).isEqualTo(400);
		assertThat(badDate.body()).contains("入力または要求の形式が正しくありません");
	}

	private static void assertProblem(Response response, int status, String code) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.code()).isEqualTo(code);
		assertThat(response.json().path("detail").asString()).isNotBlank();
	}
}
