package jp.kasane.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import jp.kasane.IntegrationTest;
import jp.kasane.support.Api;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The child-care rules API over real HTTP: the issue's example, every calculator answering with reasons and sources,
 * any signed-in role (admin too) may call them, and bad input (negative, missing, wrong type, inconsistent) is a 400
 * problem+json naming the field.
 */
class ChildCareRulesApiTest extends IntegrationTest {

	private static final String BASE = "/api/v1/rules/";

	@Test
	void theIssuesExampleForAMediumCentre() {
		Api.Response response = api("shiyakusho").post(BASE + "child-center-staffing", Map.of("childPopulation", 27000));
		assertThat(response.status()).isEqualTo(200);
		JsonNode json = response.json();
		assertThat(json.path("type").asString()).isEqualTo("中規模型");
		assertThat(json.path("minimumStaff").path("子ども家庭支援員").asInt()).isEqualTo(3);
		assertThat(json.path("minimumStaff").path("心理担当支援員").asInt()).isEqualTo(1);
		assertThat(json.path("minimumStaff").path("虐待対応専門員").asInt()).isEqualTo(2);
		assertThat(json.path("minimumStaff").propertyNames()).containsExactly("子ども家庭支援員", "心理担当支援員", "虐待対応専門員");
		assertThat(json.path("total").asInt()).isEqualTo(6);
		assertThat(json.path("reasons").get(0).asString()).contains("27,000人").contains("中規模型");
		JsonNode source = json.path("sources").get(0);
		assertThat(source.path("document").asString()).contains("別記1の3");
		assertThat(source.path("section").asString()).isEqualTo("4(3)④エ(ウ)");
		assertThat(source.path("notice").asString()).contains("令和6年度");
	}

	@Test
	void everyCalculatorAnswersAnySignedInRole() {
		Api admin = api("admin");
		assertThat(admin.post(BASE + "child-center-staffing", Map.of("childPopulation", 72000)).json().path("total").asInt())
			.isEqualTo(11);
		JsonNode abuse = api("kodomo").post(BASE + "abuse-response-specialists", Map.of("childPopulation", 27000, "abuseCases",
				400, "nationalChildPopulation", 17000000, "nationalAbuseCases", 200000, "specialistsPlaced", 8)).json();
		assertThat(abuse.path("topUpRequired").asBoolean()).isTrue();
		assertThat(abuse.path("topUp").asInt()).isEqualTo(3);
		assertThat(abuse.path("fundedExtraSpecialists").asInt()).isEqualTo(5);
		JsonNode plans = api("kansa").post(BASE + "support-plan-assistants", Map.of("plans", 120, "population", 150000)).json();
		assertThat(plans.path("assistants").asInt()).isEqualTo(2);
		assertThat(plans.path("capApplied").asBoolean()).isTrue();
		JsonNode addOns = api("hokatsu").post(BASE + "user-support-add-ons", addOnBody()).json();
		assertThat(addOns.path("night").asBoolean()).isTrue();
		assertThat(addOns.path("holiday").asBoolean()).isFalse();
		assertThat(addOns.path("reinforcement").asBoolean()).isTrue();
		JsonNode hub = api("chiiki").post(BASE + "child-rearing-hub", Map.of("hubType", "一般型", "daysPerWeek", 3,
				"hoursPerDay", 4.5, "staff", 2, "lecturesPerMonth", 1)).json();
		assertThat(hub.path("hubType").asString()).isEqualTo("一般型");
		assertThat(hub.path("meetsStandard").asBoolean()).isFalse();
		assertThat(hub.path("checks").get(1).path("met").asBoolean()).isFalse();
		JsonNode center = api("sanka").post(BASE + "community-activity-center", Map.of("dailyUsers", 20, "staff", 3,
				"fullTimeStaff", 2, "dedicatedStaff", 1, "consultationSupport", true, "trackRecordYears", 0)).json();
		assertThat(center.path("type").asString()).isEqualTo("地域活動支援センターⅠ型");
		assertThat(center.path("sources").get(0).path("document").asString()).contains("別記2の3");
	}

	@Test
	void aNegativeCountIsRefusedNamingTheField() {
		Api.Response response = api("shiyakusho").post(BASE + "child-center-staffing", Map.of("childPopulation", -1));
		assertProblem(response, "VALIDATION_FAILED", "childPopulation");
		assertThat(response.json().path("errors").get(0).path("message").asString()).contains("0以上");
		assertProblem(api("shiyakusho").post(BASE + "support-plan-assistants", Map.of("plans", -40, "population", 100000)),
				"VALIDATION_FAILED", "plans");
	}

	@Test
	void aMissingFieldIsRefusedNamingTheField() {
		Api.Response response = api("shiyakusho").post(BASE + "child-center-staffing", Map.of());
		assertProblem(response, "VALIDATION_FAILED", "childPopulation");
		assertThat(response.json().path("errors").get(0).path("message").asString()).isEqualTo("児童人口を入力してください");
		Map<String, Object> body = addOnBody();
		body.remove("emergencyMeasures");
		assertProblem(api("shiyakusho").post(BASE + "user-support-add-ons", body), "VALIDATION_FAILED", "emergencyMeasures");
		assertProblem(api("shiyakusho").post(BASE + "abuse-response-specialists", Map.of("childPopulation", 27000, "abuseCases",
				400, "nationalChildPopulation", 17000000)), "VALIDATION_FAILED", "nationalAbuseCases");
	}

	@Test
	void aWrongTypeIsRefusedNamingTheField() {
		assertProblem(api("shiyakusho").post(BASE + "child-center-staffing", Map.of("childPopulation", "たくさん")),
				"INVALID_FIELD_TYPE", "childPopulation");
		assertProblem(api("shiyakusho").post(BASE + "child-rearing-hub", Map.of("hubType", "大型", "daysPerWeek", 3,
				"hoursPerDay", 5, "staff", 2, "lecturesPerMonth", 1)), "INVALID_FIELD_TYPE", "hubType");
		Map<String, Object> body = addOnBody();
		body.put("outreach", "maybe");
		assertProblem(api("shiyakusho").post(BASE + "user-support-add-ons", body), "INVALID_FIELD_TYPE", "outreach");
		Api.Response malformed = api("shiyakusho").postRaw(BASE + "child-center-staffing", "{\"childPopulation\": ");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.contentType()).startsWith("application/problem+json");
	}

	@Test
	void inconsistentOrOutOfRangeNumbersNameTheirField() {
		Map<String, Object> body = addOnBody();
		body.put("eveningDaysPerWeek", 6);
		assertProblem(api("shiyakusho").post(BASE + "user-support-add-ons", body), "VALIDATION_FAILED", "eveningDaysPerWeek");
		assertProblem(api("shiyakusho").post(BASE + "child-rearing-hub", Map.of("hubType", "GENERAL", "daysPerWeek", 8,
				"hoursPerDay", 5, "staff", 2, "lecturesPerMonth", 1)), "VALIDATION_FAILED", "daysPerWeek");
		assertProblem(api("shiyakusho").post(BASE + "child-rearing-hub", Map.of("hubType", "SMALL_DESIGNATED", "daysPerWeek", 5,
				"hoursPerDay", 5, "staff", 1, "lecturesPerMonth", 0)), "VALIDATION_FAILED", "activities");
		assertProblem(api("shiyakusho").post(BASE + "community-activity-center", Map.of("dailyUsers", 20, "staff", 2,
				"fullTimeStaff", 3, "dedicatedStaff", 1, "consultationSupport", true, "trackRecordYears", 0)), "VALIDATION_FAILED",
				"fullTimeStaff");
		assertProblem(api("shiyakusho").post(BASE + "abuse-response-specialists", Map.of("childPopulation", 27000, "abuseCases",
				400, "nationalChildPopulation", 0, "nationalAbuseCases", 0)), "VALIDATION_FAILED", "nationalChildPopulation");
		assertProblem(api("shiyakusho").post(BASE + "child-center-staffing", Map.of("childPopulation", Long.MAX_VALUE)),
				"VALIDATION_FAILED", "childPopulation");
	}

	@Test
	void anonymousCallersAreRefused() {
		Api stranger = new Api(port, "nobody", "wrong");
		assertThat(stranger.post(BASE + "child-center-staffing", Map.of("childPopulation", 27000)).status()).isEqualTo(401);
	}

	@Test
	void theOpenApiDocumentDescribesTheCalculators() {
		JsonNode doc = api("shiyakusho").get("/v3/api-docs").json();
		JsonNode paths = doc.path("paths");
		for (String rule : ChildCareRulesPageController.RULES) {
			assertThat(paths.has(BASE + rule)).as(rule).isTrue();
			assertThat(paths.path(BASE + rule).path("post").path("summary").asString()).isNotBlank();
		}
	}

	private static Map<String, Object> addOnBody() {
		Map<String, Object> body = new HashMap<>();
		body.put("emergencyMeasures", true);
		body.put("hoursPerDay", 8);
		body.put("daysPerWeek", 5);
		body.put("eveningDaysPerWeek", 3);
		body.put("eveningHoursAfter18", 2);
		body.put("weekendOrHolidayOpening", false);
		body.put("outreach", false);
		body.put("consultations", 1200);
		body.put("openingDays", 240);
		body.put("dedicatedStaff", 2);
		body.put("businessPlanPublished", true);
		body.put("staffingRecorded", true);
		return body;
	}

	private static void assertProblem(Api.Response response, String code, String field) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.code()).isEqualTo(code);
		assertThat(response.json().path("errors").valueStream().map(e -> e.path("field").asString())).contains(field);
	}
}
