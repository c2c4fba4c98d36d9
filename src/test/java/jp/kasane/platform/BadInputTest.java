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

	@Test
	void aMalformedMultipartBodyIsA400AndAnUnsupportedTypeA415() {
		Api hokatsu = api("hokatsu");
		assertProblem(hokatsu.send("POST", "/api/v1/people", "multipart/form-data", "familyName=x"), 400, "MALFORMED_MULTIPART");
		assertProblem(hokatsu.send("POST", "/api/v1/people", "multipart/form-data; boundary=XyZ", "--XyZ\r\nContent-Disp"),
				400, "MALFORMED_MULTIPART");
		assertProblem(hokatsu.send("PUT", "/api/v1/people/" + java.util.UUID.randomUUID(), "multipart/form-data; boundary=",
				"--\r\n"), 400, "MALFORMED_MULTIPART");
		String wellFormed = "--XyZ\r\nContent-Disposition: form-data; name=\"familyName\"\r\n\r\n山田\r\n--XyZ--\r\n";
		assertProblem(hokatsu.send("POST", "/api/v1/people", "multipart/form-data; boundary=XyZ", wellFormed), 415,
				"UNSUPPORTED_MEDIA_TYPE");
		assertProblem(hokatsu.send("POST", "/api/v1/people", "text/plain", "山田"), 415, "UNSUPPORTED_MEDIA_TYPE");

		PageSession session = pages("hokatsu");
		session.get("/people/new");
		Page page = session.postRaw("/people", "multipart/form-data", "familyName=x");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).contains("入力または要求の形式が正しくありません").doesNotContain("Exception");
		Page garbled = session.postRaw("/people", "multipart/form-data; boundary=XyZ", "--XyZ\r\nContent-Disp");
		assertThat(garbled.status()).isEqualTo(400);
	}

	@Test
	void theErrorPathAskedForDirectlyIsNotFound() throws Exception {
		java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
		for (String accept : List.of("application/json", "application/problem+json", "*/*")) {
			java.net.http.HttpResponse<String> json = http.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + port + "/error")).header("Accept", accept).build(),
					java.net.http.HttpResponse.BodyHandlers.ofString());
			Response response = new Response(json.statusCode(), json.headers().firstValue("Content-Type").orElse(""),
					json.body());
			assertProblem(response, 404, "NOT_FOUND");
		}
		java.net.http.HttpResponse<String> html = http.send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + port + "/error?x=1")).header("Accept", "text/html").build(),
				java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(html.statusCode()).isEqualTo(404);
		assertThat(html.body()).contains("見つからないか、閲覧する権限がありません");
	}

	@ParameterizedTest
	@ValueSource(ints = { 400, 403, 404, 405, 409, 413, 415, 500, 503 })
	void everyErrorStatusHasItsJapanesePage(int status) throws Exception {
		var template = getClass().getResource("/templates/error/" + status + ".html");
		assertThat(template).as("templates/error/%d.html", status).isNotNull();
		String text = new String(template.openStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(text).contains("lang=\"ja\"").containsPattern("<h1>[^<]*\\p{IsHan}");
	}

	@Test
	void aPageAskedWithTheWrongMethodIsA405InJapanese() {
		PageSession session = pages("hokatsu");
		Page page = session.get("/referrals/" + java.util.UUID.randomUUID() + "/accept");
		assertThat(page.status()).isEqualTo(405);
		assertThat(page.body()).contains("この操作はこの画面からは行えません");
		assertProblem(api("hokatsu").send("DELETE", "/api/v1/people", "application/json", "{}"), 405, "METHOD_NOT_ALLOWED");
	}

	@Test
	void aConsultationNamesOnlyAHouseholdTheUserMaySee() {
		Api hokatsu = api("hokatsu");
		Api kodomo = api("kodomo");
		String person = hokatsu.post("/api/v1/people", personForm("世帯", "確認", "セタイ", uniqueKana(), "1960-02-02"))
			.json().path("id").asString();
		String child = kodomo.post("/api/v1/people", personForm("子世帯", "別", "コセタイ", uniqueKana(), "2015-02-02"))
			.json().path("id").asString();
		String hidden = kodomo.post("/api/v1/households", Map.of("label", "見えない世帯", "firstMember", child,
				"relationship", "HEAD", "joinedOn", "2015-02-02")).json().path("household").path("id").asString();
		String own = hokatsu.post("/api/v1/households", Map.of("label", "見える世帯", "firstMember", person,
				"relationship", "HEAD", "joinedOn", "1990-04-01")).json().path("household").path("id").asString();
		assertThat(hidden).isNotBlank();
		assertThat(hokatsu.get("/api/v1/households/" + hidden).status()).isEqualTo(404);

		String body = null;
		for (String household : List.of(hidden, java.util.UUID.randomUUID().toString())) {
			Response refused = hokatsu.post("/api/v1/people/" + person + "/consultations", Map.of("receivedOn", "2026-01-05",
					"channel", "PHONE", "consulter", "SELF", "outcome", "INFORMATION_ONLY", "household", household));
			assertProblem(refused, 422, "UNKNOWN_HOUSEHOLD");
			assertThat(refused.json().path("errors").findValuesAsString("field")).containsExactly("household");
			String withoutInstance = refused.json().deepCopy().toString().replace(household, "");
			assertThat(body == null || body.equals(withoutInstance)).as("a hidden and a missing household answer alike").isTrue();
			body = withoutInstance;
		}
		assertThat(hokatsu.get("/api/v1/people/" + person + "/consultations").json().size()).as("nothing saved").isZero();

		Response accepted = hokatsu.post("/api/v1/people/" + person + "/consultations", Map.of("receivedOn", "2026-01-05",
				"channel", "PHONE", "consulter", "SELF", "outcome", "INFORMATION_ONLY", "household", own));
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);

		PageSession session = pages("hokatsu");
		session.get("/people/" + person + "/consultations");
		Page page = session.post("/people/" + person + "/consultations", Map.of("receivedOn", "2026-01-06", "channel", "PHONE",
				"consulter", "SELF", "outcome", "INFORMATION_ONLY", "household", hidden));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("世帯が見つからないか、閲覧する権限がありません");
		assertThat(hokatsu.get("/api/v1/people/" + person + "/consultations").json().size()).isEqualTo(1);
	}

	@Test
	void aPutThatLeavesFieldsOutIsRefusedNamingThemAndErasesNothing() {
		Api hokatsu = api("hokatsu");
		Map<String, Object> form = personForm("置換", "確認", "チカン", uniqueKana(), "1970-03-03");
		form.put("phone", "03-1234-5678");
		form.put("sex", "女");
		form.put("safeContactNote", "夜は不可");
		String id = hokatsu.post("/api/v1/people", form).json().path("id").asString();

		Map<String, Object> partial = new java.util.HashMap<>(form);
		partial.remove("phone");
		partial.remove("safeContactNote");
		partial.put("address", "東京都かさね市本町2丁目");
		partial.put("version", 0);
		Response refused = hokatsu.put("/api/v1/people/" + id, partial);
		assertProblem(refused, 400, "MISSING_FIELDS");
		assertThat(refused.json().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("phone",
				"safeContactNote");
		Response after = hokatsu.get("/api/v1/people/" + id);
		assertThat(after.json().path("phone").asString()).isEqualTo("03-1234-5678");
		assertThat(after.json().path("address").asString()).isEqualTo("東京都かさね市本町1丁目1番1号");

		Map<String, Object> complete = new java.util.HashMap<>(partial);
		complete.put("phone", null);
		complete.put("safeContactNote", "夜は不可");
		Response replaced = hokatsu.put("/api/v1/people/" + id, complete);
		assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
		assertThat(replaced.json().path("phone").isNull()).as("an explicit null clears the field").isTrue();
		assertThat(replaced.json().path("address").asString()).isEqualTo("東京都かさね市本町2丁目");
		assertThat(replaced.json().path("sex").asString()).isEqualTo("女");
	}

	/** Every PUT of the API, as the OpenAPI document lists it, refuses an empty body naming every field of its form. */
	@Test
	void everyPutRefusesABodyThatLeavesFieldsOut() {
		Api admin = api("admin");
		tools.jackson.databind.JsonNode docs = admin.get("/v3/api-docs").json();
		tools.jackson.databind.JsonNode schemas = docs.path("components").path("schemas");
		int puts = 0;
		for (var path : docs.path("paths").properties()) {
			tools.jackson.databind.JsonNode put = path.getValue().path("put");
			if (put.isMissingNode()) {
				continue;
			}
			puts++;
			String url = path.getKey().replace("{fiscalYear}", "2025").replaceAll("\\{[^}]+}", java.util.UUID.randomUUID().toString());
			String ref = put.path("requestBody").path("content").path("application/json").path("schema").path("$ref").asString();
			java.util.Set<String> expected = new java.util.TreeSet<>();
			schemas.path(ref.substring(ref.lastIndexOf('/') + 1)).path("properties").propertyNames().forEach(expected::add);
			expected.removeAll(List.of("confirmedNotDuplicate", "password"));
			Response response = admin.put(url, Map.of());
			assertProblem(response, 400, "MISSING_FIELDS");
			assertThat(new java.util.TreeSet<>(response.json().path("errors").findValuesAsString("field"))).as(url)
				.isEqualTo(expected);
		}
		assertThat(puts).isGreaterThanOrEqualTo(19);
	}

	/** The same family: deep, huge, out-of-range and mistyped bodies are 400s, never 500s. */
	@Test
	void deepHugeAndOutOfRangeBodiesAre400s() {
		Api hokatsu = api("hokatsu");
		assertThat(hokatsu.postRaw("/api/v1/people", "[".repeat(20_000)).status()).isEqualTo(400);
		assertThat(hokatsu.postRaw("/api/v1/people", "{\"familyName\":".repeat(5_000)).status()).isEqualTo(400);
		Map<String, Object> huge = personForm("あ".repeat(2_000_000), "太郎", "ヤマダ", uniqueKana(), "1970-01-01");
		assertProblem(hokatsu.post("/api/v1/people", huge), 400, "VALIDATION_FAILED");
		assertProblem(hokatsu.postRaw("/api/v1/people", "{\"version\": 1e400}"), 400, "INVALID_FIELD_TYPE");
		assertProblem(hokatsu.postRaw("/api/v1/people", "{\"version\": 99999999999999999999}"), 400, "INVALID_FIELD_TYPE");
		Response enumValue = hokatsu.post("/api/v1/people/" + java.util.UUID.randomUUID() + "/consultations",
				Map.of("receivedOn", "2026-01-05", "channel", "TELEPATHY", "consulter", "SELF", "outcome", "INFORMATION_ONLY"));
		assertProblem(enumValue, 400, "INVALID_FIELD_TYPE");
		assertThat(hokatsu.get("/api/v1/participation/follow-ups/due?daysAhead=-5").status()).isLessThan(500);
		assertThat(hokatsu.get("/api/v1/participation/follow-ups/due?daysAhead=abc").status()).isEqualTo(400);
	}

	private static void assertProblem(Response response, int status, String code) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.code()).isEqualTo(code);
		assertThat(response.json().path("detail").asString()).isNotBlank();
	}
}
