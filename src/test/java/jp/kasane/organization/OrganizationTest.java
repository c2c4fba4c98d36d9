package jp.kasane.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jp.kasane.IntegrationTest;
import jp.kasane.support.Api;
import jp.kasane.support.Api.Response;
import jp.kasane.support.PageSession;
import jp.kasane.support.PageSession.Page;
import org.junit.jupiter.api.Test;

/** Agencies and accounts through the API and the admin pages, with their rules. */
class OrganizationTest extends IntegrationTest {

	@Test
	void anAdministratorRegistersAndCorrectsAnAgency() {
		Api admin = api("admin");
		Response created = admin.post("/api/v1/agencies", Map.of("name", "かさね市東部地域包括支援センター", "kind",
				"COMMUNITY_GENERAL_SUPPORT_CENTER", "fields", List.of("ELDERLY", "DISABILITY"), "hubType", "INTEGRATED",
				"contracted", true, "contractorName", "社会福祉法人ひがし会", "active", true));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().path("id").asString();
		assertThat(created.json().path("fields").size()).isEqualTo(2);

		Response updated = admin.put("/api/v1/agencies/" + id, Api.complete(AgencyForm.class, Map.of("name", "かさね市東部地域包括支援センター", "kind",
				"COMMUNITY_GENERAL_SUPPORT_CENTER", "fields", List.of("ELDERLY"), "hubType", "INTEGRATED", "contracted", false,
				"active", true, "version", 0)));
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().path("contractorName").isNull()).isTrue();
		Response stale = admin.put("/api/v1/agencies/" + id, Api.complete(AgencyForm.class, Map.of("name", "古い版", "kind", "NPO", "fields",
				List.of("OTHER"), "active", true, "version", 0)));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(admin.get("/api/v1/agencies/" + id).json().path("name").asString()).isEqualTo("かさね市東部地域包括支援センター");
	}

	@Test
	void theTenantCodeMustCarryAValidCheckDigit() {
		Api admin = api("admin");
		String name = admin.get("/api/v1/tenant").json().path("name").asString();
		Response wrong = admin.put("/api/v1/tenant", Api.complete(TenantForm.class, Map.of("name", name, "kind", "MUNICIPALITY", "municipalityCode", "139990")));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.json().path("errors").path(0).path("field").asString()).isEqualTo("municipalityCode");
		assertThat(wrong.json().path("errors").path(0).path("message").asString()).contains("検査数字");
		Response prefectureCode = admin.put("/api/v1/tenant", Api.complete(TenantForm.class, Map.of("name", name, "kind", "MUNICIPALITY", "municipalityCode", "130001")));
		assertThat(prefectureCode.status()).isEqualTo(422);
		Response same = admin.put("/api/v1/tenant", Api.complete(TenantForm.class, Map.of("name", name, "kind", "MUNICIPALITY", "municipalityCode", "１３９９９８")));
		assertThat(same.status()).as(same.body()).isEqualTo(200);
		assertThat(same.json().path("code").asString()).isEqualTo("139998");
		assertThat(api("shiyakusho").put("/api/v1/tenant", Api.complete(TenantForm.class, Map.of("name", "x", "kind", "MUNICIPALITY"))).status()).isEqualTo(403);
	}

	@Test
	void agencyRulesAnswerWithTheirReason() {
		Response hubOnSchool = api("admin").post("/api/v1/agencies", Map.of("name", "かさね市立第二小学校", "kind", "SCHOOL",
				"fields", List.of("CHILDREN"), "hubType", "BASIC", "active", true));
		assertThat(hubOnSchool.status()).isEqualTo(422);
		assertThat(hubOnSchool.code()).isEqualTo("AGENCY_RULE");
		assertThat(hubOnSchool.json().path("detail").asString()).contains("拠点の類型");

		Response contractorMissing = api("admin").post("/api/v1/agencies", Map.of("name", "委託先なし", "kind", "NPO",
				"fields", List.of("OTHER"), "contracted", true, "active", true));
		assertThat(contractorMissing.status()).isEqualTo(422);
		assertThat(contractorMissing.json().path("detail").asString()).contains("受託者名");
	}

	@Test
	void onlyAdministratorsChangeAgenciesAndAccounts() {
		Map<String, Object> agency = Map.of("name", "無断登録", "kind", "NPO", "fields", List.of("OTHER"), "active", true);
		assertThat(api("hokatsu").post("/api/v1/agencies", agency).status()).isEqualTo(403);
		assertThat(api("shiyakusho").post("/api/v1/agencies", agency).status()).isEqualTo(403);
		assertThat(api("hokatsu").get("/api/v1/users").status()).isEqualTo(403);
		assertThat(api("hokatsu").get("/api/v1/agencies").status()).as("everyone may read the list to refer people").isEqualTo(200);
	}

	@Test
	void accountsHaveUniqueUsernamesAndNoPasswordInAnswers() {
		Api admin = api("admin");
		String agency = admin.get("/api/v1/agencies").json().path(0).path("id").asString();
		Response taken = admin.post("/api/v1/users", Map.of("username", "hokatsu", "displayName", "重複", "agencyId", agency,
				"roles", List.of("CASEWORKER"), "password", "long-enough-password"));
		assertThat(taken.code()).isEqualTo("USERNAME_TAKEN");
		Response shortPassword = admin.post("/api/v1/users", Map.of("username", "short-pw", "displayName", "短い", "agencyId",
				agency, "roles", List.of("CASEWORKER"), "password", "short"));
		assertThat(shortPassword.status()).isEqualTo(400);
		assertThat(admin.get("/api/v1/users").body()).doesNotContain("bcrypt").doesNotContain("password");
	}

	@Test
	void theAgencyFormShowsJapaneseMessagesAndRegistersThroughThePage() {
		PageSession admin = pages("admin");
		admin.get("/admin/agencies/new");
		Page invalid = admin.post("/admin/agencies", Map.of("name", ""));
		assertThat(invalid.status()).isEqualTo(200);
		assertThat(invalid.body()).contains("機関名を入力してください").contains("種別を選んでください");

		admin.get("/admin/agencies/new");
		Page saved = admin.postEncoded("/admin/agencies", PageSession.encode(Map.of("name", "ページから登録した機関",
				"kind", "NPO", "hubType", "", "contractorName", "", "active", "true")) + "&fields=CHILDREN&fields=LIVELIHOOD");
		assertThat(saved.status()).isEqualTo(302);
		assertThat(admin.get("/admin/agencies").body()).contains("ページから登録した機関").contains("子ども・生活困窮");
	}
}
