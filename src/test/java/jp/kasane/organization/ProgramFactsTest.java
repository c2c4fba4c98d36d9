package jp.kasane.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import jp.kasane.IntegrationTest;
import jp.kasane.support.Api;
import jp.kasane.support.PageSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The municipality's facts for the program rules on the tenant settings page and API: saved by municipal staff, the
 * rules' answers shown with reasons, sources and version, bad input named on its field, missing facts asked for,
 * and nobody else may change them.
 */
class ProgramFactsTest extends IntegrationTest {

	@AfterEach
	void restoreTheDemoTownsFacts() {
		api("shiyakusho").put("/api/v1/tenant/program-facts", Api.complete(ProgramFactsForm.class, versioned("population", 86_000, "childPopulation", 12_000, "supportPlans", 90)));
	}

	@Test
	void municipalStaffSaveTheFactsAndSeeTheAnswers() {
		Api m = api("shiyakusho");
		Api.Response saved = m.put("/api/v1/tenant/program-facts", Api.complete(ProgramFactsForm.class, versioned("population", 100_000, "childPopulation", 27_000, "supportPlans", 81)));
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		JsonNode json = m.get("/api/v1/tenant/program-facts").json();
		assertThat(json.path("facts").path("population").asInt()).isEqualTo(100_000);
		// 100,000 is the lower bound of its band (以上)
		assertThat(json.path("newFunctionBase").path("baseYen").asLong()).isEqualTo(42_000_000L);
		assertThat(json.path("newFunctionBase").path("band").asString()).isEqualTo("100,000人以上～200,000人未満");
		assertThat(json.path("newFunctionBase").path("ruleVersion").path("version").asString()).isEqualTo("令和3年度");
		assertThat(json.path("newFunctionBase").path("sources").size()).isPositive();
		// 多機関協働事業等: 国3/4, 市町村1/4 of the 基準額
		assertThat(json.path("costShare").path("shares").get(0).path("amountYen").asLong()).isEqualTo(31_500_000L);
		assertThat(json.path("costShare").path("shares").get(1).path("amountYen").asLong()).isEqualTo(10_500_000L);
		assertThat(json.path("childCenter").path("type").asString()).isEqualTo("中規模型");
		assertThat(json.path("childCenter").path("total").asInt()).isEqualTo(6);
		assertThat(json.path("supportPlans").path("assistants").asInt()).isEqualTo(2);
		assertThat(json.path("missing").size()).isZero();

		Api.Response admin = api("admin").put("/api/v1/tenant/program-facts", Api.complete(ProgramFactsForm.class, versioned("population", 9_999)));
		assertThat(admin.status()).as(admin.body()).isEqualTo(200);
		assertThat(admin.json().path("newFunctionBase").path("baseYen").asLong()).isEqualTo(25_300_000L);
	}

	@Test
	void badInputIsAProblemNamingTheField() {
		Api m = api("shiyakusho");
		assertProblem(m.put("/api/v1/tenant/program-facts", Api.complete(ProgramFactsForm.class, versioned("population", -1))), "population", "1人以上");
		assertProblem(m.put("/api/v1/tenant/program-facts", Api.complete(ProgramFactsForm.class, versioned("population", 0))), "population", "1人以上");
		assertProblem(m.put("/api/v1/tenant/program-facts", Api.complete(ProgramFactsForm.class, versioned("population", 99_999_999))), "population", "1,500万人以下");
		assertProblem(m.put("/api/v1/tenant/program-facts", Api.complete(ProgramFactsForm.class, versioned("population", "八万"))), "population", null);
		assertProblem(m.put("/api/v1/tenant/program-facts", Api.complete(ProgramFactsForm.class, versioned("population", 50_000, "childPopulation", 50_001))),
				"childPopulation", "人口を超えて");
		assertProblem(m.put("/api/v1/tenant/program-facts", Api.complete(ProgramFactsForm.class, versioned("supportPlans", -2))), "supportPlans", "0件以上");
		// nothing was stored by the refused requests
		assertThat(m.get("/api/v1/tenant/program-facts").json().path("facts").path("population").asInt()).isEqualTo(86_000);
	}

	@Test
	void onlyMunicipalStaffAndTheAdministratorMayChangeThem() {
		for (String user : new String[] { "hokatsu", "kyodo", "kansa", "chiiki" }) {
			Api.Response refused = api(user).put("/api/v1/tenant/program-facts", Api.complete(ProgramFactsForm.class, versioned("population", 1)));
			assertThat(refused.status()).as(user).isEqualTo(403);
		}
		PageSession caseworker = pages("hokatsu");
		caseworker.get("/rules");
		assertThat(caseworker.post("/admin/tenant/program-facts", Map.of("population", "1")).status()).isEqualTo(403);
		assertThat(caseworker.get("/admin/tenant").status()).isEqualTo(403);
		assertThat(api("shiyakusho").get("/api/v1/tenant/program-facts").json().path("facts").path("population").asInt())
			.isEqualTo(86_000);
		// municipal staff may still not rename the tenant
		assertThat(api("shiyakusho").put("/api/v1/tenant", Api.complete(TenantForm.class, Map.of("name", "x", "kind", "MUNICIPALITY"))).status()).isEqualTo(403);
	}

	@Test
	void theSettingsPageShowsTheAnswersAndMessagesBesideTheFields() {
		PageSession page = pages("shiyakusho");
		PageSession.Page shown = page.get("/admin/tenant");
		assertThat(shown.status()).isEqualTo(200);
		assertThat(shown.body()).contains("事業の基礎数値と制度ルールの答え").contains("33,800,000円").contains("50,000人以上～100,000人未満")
			.contains("小規模B型").contains("id=\"cost-share-answer\"").contains("令和３年度地域共生社会の実現に向けた自治体等研修資料")
			.doesNotContain("action=\"/admin/tenant\"");

		PageSession.Page letters = page.post("/admin/tenant/program-facts", form("八万六千", "12000", ""));
		assertThat(letters.status()).isEqualTo(200);
		assertThat(letters.body()).contains("入力の形式が正しくありません");
		PageSession.Page negative = page.post("/admin/tenant/program-facts", form("-3", "12000", ""));
		assertThat(negative.body()).contains("人口は1人以上で入力してください");
		PageSession.Page absurd = page.post("/admin/tenant/program-facts", form("86000", "90000", ""));
		assertThat(absurd.body()).contains("18歳未満人口が人口を超えています");

		PageSession.Page saved = page.submit("/admin/tenant/program-facts", form("200000", "", ""));
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.body()).contains("事業の基礎数値を保存しました").contains("50,500,000円")
			.contains("18歳未満人口を入力してください").doesNotContain("id=\"child-center-answer\"");

		PageSession.Page empty = page.submit("/admin/tenant/program-facts", form("", "", ""));
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.body()).contains("人口（令和3年1月1日時点）を入力してください").doesNotContain("id=\"new-function-answer\"");

		PageSession.Page admin = pages("admin").get("/admin/tenant");
		assertThat(admin.body()).contains("action=\"/admin/tenant\"").contains("action=\"/admin/tenant/program-facts\"");
	}

	private Map<String, String> form(String population, String children, String plans) {
		Map<String, String> form = new HashMap<>();
		form.put("version", String.valueOf(currentVersion()));
		form.put("population", population);
		form.put("childPopulation", children);
		form.put("supportPlans", plans);
		return form;
	}

	/** The facts' version as the API shows it now, as a client that just read them would send it back. */
	private int currentVersion() {
		return api("shiyakusho").get("/api/v1/tenant/program-facts").json().path("facts").path("version").asInt();
	}

	private Map<String, Object> versioned(Object... keysAndValues) {
		Map<String, Object> body = new HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			body.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		body.put("version", currentVersion());
		return body;
	}

	private static void assertProblem(Api.Response response, String field, String message) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.contentType()).contains("application/problem+json");
		assertThat(response.body()).contains(field);
		if (message != null) {
			assertThat(response.body()).contains(message);
		}
	}
}
