package jp.kasane.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jp.kasane.IntegrationTest;
import jp.kasane.support.Api;
import jp.kasane.support.PageSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** GET /api/v1/rules lists every rule; every answer states its version; a year before the first version is a 422. */
class RuleCatalogApiTest extends IntegrationTest {

	@Test
	void theCatalogListsAllTenRulesWithVersionsAndUrls() {
		Api.Response rules = api("kansa").get("/api/v1/rules");
		assertThat(rules.status()).as(rules.body()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		rules.json().values().forEach(r -> {
			ids.add(r.path("id").asString());
			assertThat(r.path("name").asString()).isNotBlank();
			assertThat(r.path("seedSections").size()).isPositive();
			assertThat(r.path("versions").get(0).path("appliesFrom").path("year").asInt()).isBetween(2021, 2024);
			assertThat(r.path("versions").get(0).path("notice").asString()).isNotBlank();
			assertThat(r.path("path").asString()).isEqualTo("/api/v1/rules/" + r.path("id").asString());
		});
		assertThat(ids).containsExactlyInAnyOrder("platform-subsidy", "renkei-setup-support", "new-function-base",
				"cost-share", "child-center-staffing", "abuse-response-specialists", "support-plan-assistants",
				"user-support-add-ons", "child-rearing-hub", "community-activity-center");
		// every POST URL of the catalog answers
		for (JsonNode r : rules.json().values()) {
			Api.Response probe = api("kansa").postRaw(r.path("path").asString(), "{}");
			assertThat(probe.status()).as(r.path("path").asString()).isEqualTo(400);
		}
	}

	@Test
	void theAnswerStatesTheVersionAndAYearBeforeItIsRefused() {
		Api m = api("shiyakusho");
		Api.Response first = m.postRaw("/api/v1/rules/new-function-base?fiscalYear=2021", "{\"population\": 86000}");
		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(first.json().path("baseYen").asLong()).isEqualTo(33_800_000L);
		assertThat(first.json().path("ruleVersion").path("version").asString()).isEqualTo("令和3年度");
		assertThat(first.json().path("ruleVersion").path("fiscalYear").asInt()).isEqualTo(2021);

		Api.Response before = m.postRaw("/api/v1/rules/new-function-base?fiscalYear=2020", "{\"population\": 86000}");
		assertThat(before.status()).as(before.body()).isEqualTo(422);
		assertThat(before.contentType()).contains("application/problem+json");
		assertThat(before.code()).isEqualTo("RULE_VERSION_NOT_FOUND");
		assertThat(before.json().path("detail").asString()).contains("新たな機能分の補助基準額").contains("2020年度");

		Api.Response hub = m.postRaw("/api/v1/rules/child-rearing-hub?fiscalYear=2023",
				"{\"hubType\": \"GENERAL\", \"daysPerWeek\": 3, \"hoursPerDay\": 5, \"staff\": 2, \"lecturesPerMonth\": 1}");
		assertThat(hub.status()).as(hub.body()).isEqualTo(422);
		assertThat(hub.json().path("detail").asString()).contains("地域子育て支援拠点");

		Api.Response today = m.postRaw("/api/v1/rules/platform-subsidy", """
				{"participants": 6, "subsidyYear": 1, "backOfficeConsolidation": false, "backOfficeAddOnUsedBefore": false,
				 "ict": false, "ictAddOnUsedBefore": false, "convertedToRenkeiSuishinHojin": false}""");
		assertThat(today.status()).as(today.body()).isEqualTo(200);
		assertThat(today.json().path("baseThousandYen").asInt()).isEqualTo(2500);
		assertThat(today.json().path("ruleVersion").path("requested").asBoolean()).isFalse();
		assertThat(today.json().path("ruleVersion").path("notice").asString()).contains("第3次改正");

		Api.Response bad = m.postRaw("/api/v1/rules/cost-share?fiscalYear=来年", "{\"program\": \"USER_SUPPORT\", \"totalYen\": 1}");
		assertThat(bad.status()).as(bad.body()).isEqualTo(400);
		assertThat(bad.body()).contains("fiscalYear");
		Api.Response absurd = m.postRaw("/api/v1/rules/cost-share?fiscalYear=99999", "{\"program\": \"USER_SUPPORT\", \"totalYen\": 1}");
		assertThat(absurd.status()).as(absurd.body()).isEqualTo(400);
		assertThat(absurd.body()).contains("fiscalYear");
	}

	@Test
	void thePlannerIndexLinksToEveryRule() {
		PageSession.Page planner = pages("sanka").get("/rules");
		assertThat(planner.status()).isEqualTo(200);
		assertThat(planner.body()).contains("id=\"rule-catalog\"").contains("href=\"/rules#platform-subsidy\"")
			.contains("href=\"/rules/child-care#community-activity-center\"").contains("href=\"/rules/child-care#child-rearing-hub\"")
			.contains("POST /api/v1/rules/support-plan-assistants").contains("令和6年度版");
	}
}
