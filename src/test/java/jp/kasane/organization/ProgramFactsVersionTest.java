package jp.kasane.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import jp.kasane.IntegrationTest;
import jp.kasane.support.Api;
import jp.kasane.support.PageSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The settings are reachable and safe to save at once: municipal staff find 「設定」 in the menu, and the program
 * facts carry an optimistic version, so of two people who read the same version only the first saves; the second gets
 * 409 STALE_VERSION on the API, and on the page the Japanese message with their input kept.
 */
class ProgramFactsVersionTest extends IntegrationTest {

	@AfterEach
	void restoreTheDemoTownsFacts() {
		api("shiyakusho").put("/api/v1/tenant/program-facts", Api.complete(ProgramFactsForm.class, Map.of("population", 86_000, "childPopulation", 12_000, "supportPlans", 90, "version", version())));
	}

	@Test
	void municipalStaffFindTheSettingsInTheMenuAndOthersDoNot() {
		PageSession.Page home = pages("shiyakusho").get("/");
		assertThat(home.status()).isEqualTo(200);
		assertThat(home.body()).contains("<a href=\"/admin/tenant\">設定</a>");
		assertThat(pages("shiyakusho").get("/admin/tenant").status()).isEqualTo(200);
		for (String user : new String[] { "hokatsu", "chiiki" }) {
			assertThat(pages(user).get("/").body()).as(user).doesNotContain("href=\"/admin/tenant\"");
		}
	}

	@Test
	void theSecondOfTwoApiSavesFromTheSameVersionIsStale() {
		int read = version();
		Api first = api("shiyakusho");
		Api second = api("admin");
		Api.Response saved = first.put("/api/v1/tenant/program-facts", Api.complete(ProgramFactsForm.class, Map.of("population", 90_000, "childPopulation", 12_000, "version", read)));
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(saved.json().path("facts").path("version").asInt()).isEqualTo(read + 1);

		Api.Response stale = second.put("/api/v1/tenant/program-facts", Api.complete(ProgramFactsForm.class, Map.of("population", 95_000, "childPopulation", 12_000, "version", read)));
		assertThat(stale.status()).as(stale.body()).isEqualTo(409);
		assertThat(stale.contentType()).contains("application/problem+json");
		assertThat(stale.json().path("code").asString()).isEqualTo("STALE_VERSION");
		assertThat(facts().path("population").asInt()).isEqualTo(90_000);

		// With the version read again, the second save goes through.
		Api.Response again = second.put("/api/v1/tenant/program-facts", Api.complete(ProgramFactsForm.class, Map.of("population", 95_000, "childPopulation", 12_000, "version", read + 1)));
		assertThat(again.status()).as(again.body()).isEqualTo(200);
		assertThat(facts().path("population").asInt()).isEqualTo(95_000);

		// A future version and a missing one are refused too, never a 500.
		assertThat(second.put("/api/v1/tenant/program-facts", Api.complete(ProgramFactsForm.class, Map.of("population", 1, "version", read + 99))).status())
			.isEqualTo(409);
		Api.Response missing = second.put("/api/v1/tenant/program-facts", Api.complete(ProgramFactsForm.class, Map.of("population", 1)));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.body()).contains("version");
		assertThat(facts().path("population").asInt()).isEqualTo(95_000);
	}

	@Test
	void theSecondOfTwoPageSavesKeepsItsInputAndSaysWhy() {
		PageSession alice = pages("shiyakusho");
		PageSession bob = pages("admin");
		PageSession.Page aliceForm = alice.get("/admin/tenant");
		bob.get("/admin/tenant");
		int read = version();
		assertThat(aliceForm.body()).contains("name=\"version\" value=\"" + read + "\"");

		PageSession.Page first = alice.submit("/admin/tenant/program-facts", form("120000", "20000", "40", read));
		assertThat(first.body()).contains("事業の基礎数値を保存しました");

		PageSession.Page second = bob.post("/admin/tenant/program-facts", form("130000", "21000", "41", read));
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.body()).contains(OrganizationPageController.STALE).contains("value=\"130000\"")
			.contains("value=\"21000\"").contains("value=\"41\"")
			.contains("保存されている内容：人口 <span>120000</span>")
			.contains("name=\"version\" value=\"" + (read + 1) + "\"");
		assertThat(facts().path("population").asInt()).isEqualTo(120_000);

		// Having seen what was saved meanwhile, saving again (with the newer version the page now holds) overwrites it.
		PageSession.Page retried = bob.submit("/admin/tenant/program-facts", form("130000", "21000", "41", read + 1));
		assertThat(retried.body()).contains("事業の基礎数値を保存しました");
		assertThat(facts().path("population").asInt()).isEqualTo(130_000);
	}

	private int version() {
		return facts().path("version").asInt();
	}

	private tools.jackson.databind.JsonNode facts() {
		return api("shiyakusho").get("/api/v1/tenant/program-facts").json().path("facts");
	}

	private static Map<String, String> form(String population, String children, String plans, int version) {
		Map<String, String> form = new HashMap<>();
		form.put("population", population);
		form.put("childPopulation", children);
		form.put("supportPlans", plans);
		form.put("version", String.valueOf(version));
		return form;
	}
}
