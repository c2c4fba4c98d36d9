package jp.kasane.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.kasane.IntegrationTest;
import jp.kasane.support.Api;
import jp.kasane.support.PageSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The rules API and the planner page over real HTTP: the issue's examples verbatim, and bad input never a 500. */
class RulesApiTest extends IntegrationTest {

	private static final String PLATFORM_EXAMPLE = """
			{"participants": 6, "subsidyYear": 1, "backOfficeConsolidation": true, "backOfficeAddOnUsedBefore": false,
			 "ict": false, "ictAddOnUsedBefore": false, "convertedToRenkeiSuishinHojin": false}""";

	@Test
	void platformSubsidyAsTheIssueShowsIt() {
		Api.Response response = api("chiiki").postRaw("/api/v1/rules/platform-subsidy", PLATFORM_EXAMPLE);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode json = response.json();
		assertThat(json.path("eligible").asBoolean()).isTrue();
		assertThat(json.path("baseThousandYen").asInt()).isEqualTo(2500);
		assertThat(json.path("addOnThousandYen").asInt()).isEqualTo(3200);
		assertThat(json.path("ceilingThousandYen").asInt()).isEqualTo(5700);
		assertThat(texts(json.path("reasons"))).anyMatch(r -> r.contains("６法人以上、９法人以下"));
		assertThat(json.path("sources").get(0).path("document").asString()).isEqualTo("小規模法人のネットワーク化による協働推進事業実施要綱");
		assertThat(json.path("sources").get(0).path("section").asString()).isEqualTo("4(2)");
	}

	@Test
	void newFunctionBaseAsTheIssueShowsIt() {
		Api.Response response = api("shiyakusho").postRaw("/api/v1/rules/new-function-base", "{\"population\": 9999}");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().path("baseYen").asLong()).isEqualTo(25_300_000L);
		assertThat(response.json().path("band").asString()).isEqualTo("10,000人未満");
		assertThat(texts(response.json().path("reasons"))).anyMatch(r -> r.contains("令和３年１月１日"));
		assertThat(response.json().path("sources").get(0).path("notice").asString()).isEqualTo("令和3年度");
		assertThat(api("shiyakusho").post("/api/v1/rules/new-function-base", Map.of("population", 10000)).json()
			.path("baseYen").asLong()).isEqualTo(28_000_000L);
	}

	@Test
	void setupSupportCostShareAndTheListOfRules() {
		Api m = api("admin");
		Api.Response setup = m.post("/api/v1/rules/renkei-setup-support", Map.of("usedBefore", false));
		assertThat(setup.status()).as(setup.body()).isEqualTo(200);
		assertThat(setup.json().path("amountThousandYen").asInt()).isEqualTo(1000);
		assertThat(m.post("/api/v1/rules/renkei-setup-support", Map.of("usedBefore", true)).json().path("eligible").asBoolean())
			.isFalse();

		Api.Response share = m.post("/api/v1/rules/cost-share", Map.of("program", "USER_SUPPORT", "totalYen", 1_000_001));
		assertThat(share.status()).as(share.body()).isEqualTo(200);
		List<Long> amounts = new ArrayList<>();
		share.json().path("shares").values().forEach(s -> amounts.add(s.path("amountYen").asLong()));
		assertThat(amounts).containsExactly(666_667L, 166_666L, 166_668L);
		assertThat(texts(share.json().path("reasons"))).anyMatch(r -> r.contains("円未満切り捨て"));

		Api.Response rules = api("kansa").get("/api/v1/rules");
		assertThat(rules.status()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		rules.json().values().forEach(r -> {
			ids.add(r.path("id").asString());
			assertThat(r.path("version").asString()).isNotBlank();
			assertThat(r.path("sources").size()).isPositive();
		});
		assertThat(ids).contains("platform-subsidy", "renkei-setup-support", "new-function-base", "cost-share");
	}

	@Test
	void badInputIsAProblemNamingTheField() {
		Api m = api("kyodo");
		assertProblem(m.postRaw("/api/v1/rules/platform-subsidy", PLATFORM_EXAMPLE.replace("\"participants\": 6", "\"participants\": -1")),
				"participants", "0以上");
		assertProblem(m.postRaw("/api/v1/rules/platform-subsidy", PLATFORM_EXAMPLE.replace("\"subsidyYear\": 1, ", "")),
				"subsidyYear", "何年目");
		assertProblem(m.postRaw("/api/v1/rules/platform-subsidy", PLATFORM_EXAMPLE.replace("\"subsidyYear\": 1", "\"subsidyYear\": 0")),
				"subsidyYear", "1以上");
		assertProblem(m.postRaw("/api/v1/rules/platform-subsidy", PLATFORM_EXAMPLE.replace("\"ict\": false, ", "")), "ict", "オ");
		assertProblem(m.postRaw("/api/v1/rules/platform-subsidy", PLATFORM_EXAMPLE.replace("\"participants\": 6", "\"participants\": \"six\"")),
				"participants", "型または形式");
		assertProblem(m.postRaw("/api/v1/rules/new-function-base", "{}"), "population", "人口を入力");
		assertProblem(m.postRaw("/api/v1/rules/new-function-base", "{\"population\": -5}"), "population", "1以上");
		assertProblem(m.postRaw("/api/v1/rules/new-function-base", "{\"population\": [1]}"), "population", "型または形式");
		assertProblem(m.postRaw("/api/v1/rules/renkei-setup-support", "{}"), "usedBefore", "設立支援");
		assertProblem(m.postRaw("/api/v1/rules/cost-share", "{\"program\": \"CASTLE\", \"totalYen\": 100}"), "program", "型または形式");
		assertProblem(m.postRaw("/api/v1/rules/cost-share", "{\"program\": \"USER_SUPPORT\", \"totalYen\": -1}"), "totalYen", "0円以上");
		assertProblem(m.postRaw("/api/v1/rules/cost-share", "{\"totalYen\": 1}"), "program", "事業を選んで");
		Api.Response malformed = m.postRaw("/api/v1/rules/new-function-base", "{population:");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.code()).isEqualTo("MALFORMED_JSON");
	}

	@Test
	void theApiIsDescribedInOpenApi() {
		Api.Response docs = api("shiyakusho").get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		JsonNode paths = docs.json().path("paths");
		for (String path : List.of("/api/v1/rules", "/api/v1/rules/platform-subsidy", "/api/v1/rules/new-function-base",
				"/api/v1/rules/renkei-setup-support", "/api/v1/rules/cost-share")) {
			assertThat(paths.has(path)).as(path).isTrue();
		}
		JsonNode schemas = docs.json().path("components").path("schemas");
		for (String schema : List.of("PlatformSubsidyInput", "NewFunctionBaseInput", "RenkeiSetupSupportInput",
				"CostShareInput")) {
			assertThat(schemas.has(schema)).as("each rule has its own schema names: " + schema).isTrue();
		}
		assertThat(paths.path("/api/v1/rules/platform-subsidy").path("post").path("requestBody").toString())
			.contains("PlatformSubsidyInput");
		assertThat(schemas.path("PlatformSubsidyInput").path("required").toString()).contains("participants", "subsidyYear");
		// the answer's own fields sit beside ruleVersion (the version used), and fiscalYear is a documented parameter
		assertThat(docs.body()).contains("ceilingThousandYen").contains("ruleVersion").contains("fiscalYear");
		assertThat(schemas.toString()).contains("MULTI_AGENCY_ETC");
	}

	@Test
	void signedInUsersOnly() {
		Api.Response anonymous = new Api(port, "nobody-" + uniqueKana(), "wrong").postRaw("/api/v1/rules/new-function-base",
				"{\"population\": 9999}");
		assertThat(anonymous.status()).isEqualTo(401);
	}

	@Test
	void theNavigationOffersThePlannerToEveryone() {
		for (String user : List.of("admin", "kansa", "chiiki")) {
			PageSession.Page home = pages(user).get("/");
			assertThat(home.body()).as(user).contains("href=\"/rules\"").contains("制度ルール");
		}
	}

	@Test
	void thePlannerShowsAnswersReasonsAndSources() {
		PageSession page = pages("sanka");
		PageSession.Page empty = page.get("/rules");
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.body()).contains("制度ルール（計算）").contains("href=\"/rules/child-care\"")
			.contains("参画法人の数（交付申請の時点）").contains("action=\"/rules/platform-subsidy#platform-subsidy\"")
			.contains("name=\"_csrf\"");

		PageSession.Page platform = page.post("/rules/platform-subsidy",
				Map.of("participants", "６", "subsidyYear", "1", "backOfficeConsolidation", "true"));
		assertThat(platform.status()).isEqualTo(200);
		assertThat(platform.body()).contains("対象です").contains("5,700千円以内").contains("3,200千円以内")
			.contains("６法人以上、９法人以下").contains("小規模法人のネットワーク化による協働推進事業実施要綱 4(2)");

		PageSession.Page third = page.post("/rules/platform-subsidy", Map.of("participants", "10", "subsidyYear", "3"));
		assertThat(third.body()).contains("対象になりません").contains("原則２か年");

		PageSession.Page population = page.post("/rules/new-function-base", Map.of("population", "500,000"));
		assertThat(population.body()).contains("61,800,000円").contains("500,000人以上").contains("令和３年１月１日");

		PageSession.Page setup = page.post("/rules/renkei-setup-support", Map.of("usedBefore", "true"));
		assertThat(setup.body()).contains("対象になりません").contains("1回に限られ");

		PageSession.Page share = page.post("/rules/cost-share", Map.of("program", "MULTI_AGENCY_ETC", "totalYen", "10000000"));
		assertThat(share.body()).contains("7,500,000").contains("2,500,000").contains("令和5年度以降");
	}

	@Test
	void thePlannerAnswersBadInputInJapaneseBesideTheField() {
		PageSession page = pages("kodomo");
		page.get("/rules");
		PageSession.Page negative = page.post("/rules/platform-subsidy", Map.of("participants", "-3", "subsidyYear", "1"));
		assertThat(negative.status()).isEqualTo(200);
		assertThat(negative.body()).contains("参画法人の数は0以上で入力してください").doesNotContain("対象です");

		PageSession.Page words = page.post("/rules/platform-subsidy", Map.of("participants", "たくさん", "subsidyYear", ""));
		assertThat(words.status()).isEqualTo(200);
		assertThat(words.body()).contains("整数（例: 6）で入力してください").contains("補助の何年目かを入力してください")
			.contains("value=\"たくさん\"");

		PageSession.Page population = page.post("/rules/new-function-base", Map.of("population", "0"));
		assertThat(population.body()).contains("人口は1以上で入力してください");
		PageSession.Page huge = page.post("/rules/new-function-base", Map.of("population", "99999999999"));
		assertThat(huge.status()).isEqualTo(200);
		assertThat(huge.body()).contains("数が大きすぎます");

		PageSession.Page program = page.post("/rules/cost-share", Map.of("program", "CASTLE", "totalYen", "x"));
		assertThat(program.status()).isEqualTo(200);
		assertThat(program.body()).contains("一覧から選んでください").contains("整数（例: 6）で入力してください");
	}

	private static List<String> texts(JsonNode array) {
		List<String> out = new ArrayList<>();
		array.values().forEach(n -> out.add(n.asString()));
		return out;
	}

	private static void assertProblem(Api.Response response, String field, String message) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		List<String> fields = new ArrayList<>();
		List<String> messages = new ArrayList<>();
		response.json().path("errors").values().forEach(e -> {
			fields.add(e.path("field").asString());
			messages.add(e.path("message").asString());
		});
		assertThat(fields).as(response.body()).contains(field);
		assertThat(String.join(" ", messages) + response.json().path("detail").asString()).as(response.body()).contains(message);
	}
}
