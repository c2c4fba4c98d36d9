package jp.kasane.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jp.kasane.IntegrationTest;
import jp.kasane.shared.FiscalYear;
import jp.kasane.support.Api;
import jp.kasane.support.Api.Response;
import jp.kasane.support.PageSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 法人間連携プラットフォーム over the API and the page: participants, the facts the subsidy rule needs,
 * activities ア–ウ with their own rules, subsidy years, the move to a 連携推進法人, and who may change them.
 */
class NetworkPlatformTest extends IntegrationTest {

	private static final LocalDate TODAY = LocalDate.now();
	private static final FiscalYear YEAR = FiscalYear.of(TODAY);

	@Test
	void theSubsidyFactsFollowParticipantsActivitiesYearsAndConversion() {
		Api chiiki = api("chiiki");
		String id = platform(chiiki, "テスト圏域プラットフォーム " + uniqueKana());
		for (int i = 1; i <= 6; i++) {
			participant(chiiki, id, "社会福祉法人テスト" + i, "SOCIAL_WELFARE_CORPORATION", i % 2 == 0);
		}
		Response school = participant(chiiki, id, "テスト介護福祉専門学校", "TRAINING_INSTITUTION", false);
		assertThat(school.status()).as(school.body()).isEqualTo(200);
		JsonNode facts = chiiki.get("/api/v1/network/platforms/" + id + "/subsidy-facts").json();
		assertThat(facts.path("participants").asInt()).as("the school is not a 参画法人 counted for the subsidy").isEqualTo(6);
		assertThat(facts.path("subsidyYear").asInt()).isEqualTo(1);
		assertThat(facts.path("backOfficeConsolidation").asBoolean()).isFalse();
		assertThat(facts.path("convertedToRenkeiSuishinHojin").asBoolean()).isFalse();

		// An エ activity this year: the platform consolidates its back office.
		Response backOffice = chiiki.post("/api/v1/network/platforms/" + id + "/activities", Map.of("kind", "BACK_OFFICE",
				"title", "共同事務センター", "heldOn", TODAY.toString()));
		assertThat(backOffice.status()).as(backOffice.body()).isEqualTo(201);
		assertThat(chiiki.get("/api/v1/network/platforms/" + id).json().path("subsidyFacts").path("backOfficeConsolidation")
			.asBoolean()).isTrue();

		// Last year with the エ add-on: this is year 2 and the add-on was used before; it is once only.
		Response last = subsidy(chiiki, id, YEAR.year() - 1, 4700, true, false);
		assertThat(last.status()).as(last.body()).isEqualTo(200);
		JsonNode after = last.json().path("subsidyFacts");
		assertThat(after.path("subsidyYear").asInt()).isEqualTo(2);
		assertThat(after.path("backOfficeAddOnUsedBefore").asBoolean()).isTrue();
		assertThat(after.path("ictAddOnUsedBefore").asBoolean()).isFalse();
		Response again = subsidy(chiiki, id, YEAR.year(), 5700, true, false);
		assertThat(again.status()).isEqualTo(422);
		assertThat(again.code()).isEqualTo("ADD_ON_ONCE");
		assertThat(subsidy(chiiki, id, YEAR.year(), 2500, false, true).status()).isEqualTo(200);
		assertThat(subsidy(chiiki, id, YEAR.year(), 2500, false, false).code()).isEqualTo("SUBSIDY_YEAR_EXISTS");

		// The move to a 社会福祉連携推進法人: stale version 409, then recorded; no further year; once only.
		Map<String, Object> conversion = new HashMap<>(Map.of("convertedOn", TODAY.toString(), "renkeiName",
				"社会福祉連携推進法人テスト", "setupSupportThousandYen", 1000, "version", 99));
		Response stale = chiiki.post("/api/v1/network/platforms/" + id + "/conversion", conversion);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.code()).isEqualTo("STALE_VERSION");
		conversion.put("version", 0);
		Response tooMuch = chiiki.post("/api/v1/network/platforms/" + id + "/conversion",
				Map.of("convertedOn", TODAY.toString(), "renkeiName", "x", "setupSupportThousandYen", 1001, "version", 0));
		assertThat(tooMuch.status()).isEqualTo(400);
		assertThat(tooMuch.json().path("errors").path(0).path("field").asString()).isEqualTo("setupSupportThousandYen");
		Response converted = chiiki.post("/api/v1/network/platforms/" + id + "/conversion", conversion);
		assertThat(converted.status()).as(converted.body()).isEqualTo(200);
		assertThat(converted.json().path("subsidyFacts").path("convertedToRenkeiSuishinHojin").asBoolean()).isTrue();
		Response next = subsidy(chiiki, id, YEAR.year() + 1, 2500, false, false);
		assertThat(next.status()).isEqualTo(422);
		assertThat(next.code()).isEqualTo("PLATFORM_CONVERTED");
		conversion.put("version", converted.json().path("version").asInt());
		assertThat(chiiki.post("/api/v1/network/platforms/" + id + "/conversion", conversion).code()).isEqualTo("ALREADY_CONVERTED");
	}

	@Test
	void aCorporationThatLeftIsNoLongerCounted() {
		Api city = api("shiyakusho");
		String id = platform(city, "脱退テスト " + uniqueKana());
		participant(city, id, "社会福祉法人のこる", "SOCIAL_WELFARE_CORPORATION", true);
		JsonNode participants = participant(city, id, "社会福祉法人やめる", "SOCIAL_WELFARE_CORPORATION", true).json()
			.path("participants");
		String leaving = participants.path(1).path("id").asString();
		assertThat(city.get("/api/v1/network/platforms/" + id + "/subsidy-facts").json().path("participants").asInt()).isEqualTo(2);
		assertField(city.post("/api/v1/network/participants/" + leaving + "/leave", Map.of("leftOn",
				YEAR.start().minusDays(1).toString())), "leftOn");
		assertField(city.post("/api/v1/network/participants/" + leaving + "/leave", Map.of("leftOn",
				TODAY.plusDays(1).toString())), "leftOn");
		assertField(city.post("/api/v1/network/participants/" + leaving + "/leave", Map.of()), "leftOn");
		Response left = city.post("/api/v1/network/participants/" + leaving + "/leave", Map.of("leftOn", TODAY.toString()));
		assertThat(left.status()).as(left.body()).isEqualTo(200);
		assertThat(left.json().path("subsidyFacts").path("participants").asInt()).isEqualTo(1);
		assertThat(city.post("/api/v1/network/participants/" + leaving + "/leave", Map.of("leftOn", TODAY.toString())).code())
			.isEqualTo("PARTICIPANT_LEFT");
		assertThat(api("hokatsu").post("/api/v1/network/participants/" + leaving + "/leave", Map.of("leftOn",
				TODAY.toString())).status()).isEqualTo(403);
	}

	@Test
	void activitiesSayWhatTheirKindNeeds() {
		Api city = api("shiyakusho");
		String id = platform(city, "活動テスト " + uniqueKana());
		String a = participant(city, id, "社会福祉法人あ", "SOCIAL_WELFARE_CORPORATION", true).json().path("participants").path(0)
			.path("id").asString();
		JsonNode all = participant(city, id, "社会福祉法人い", "SOCIAL_WELFARE_CORPORATION", false).json().path("participants");
		String b = all.path(1).path("id").asString();
		String path = "/api/v1/network/platforms/" + id + "/activities";

		assertField(city.post(path, Map.of("title", "種類なし", "heldOn", TODAY.toString())), "kind");
		assertField(city.post(path, Map.of("kind", "DISCUSSION", "title", "段階なし", "heldOn", TODAY.toString())), "stage");
		assertField(city.post(path, Map.of("kind", "DISCUSSION", "stage", "PLANNING", "title", "未来",
				"heldOn", TODAY.plusDays(1).toString())), "heldOn");
		assertField(city.post(path, Map.of("kind", "COLLABORATION", "title", "種類なし", "heldOn", TODAY.toString())), "category");
		assertField(city.post(path, Map.of("kind", "WORKFORCE", "workforceKind", "PERSONNEL_EXCHANGE", "title", "同じ法人",
				"heldOn", TODAY.toString(), "leadId", a, "partnerId", a)), "partnerId");
		assertField(city.post(path, Map.of("kind", "WORKFORCE", "workforceKind", "JOINT_TRAINING", "title", "研修",
				"heldOn", TODAY.toString(), "registered", 5, "attended", 6)), "attended");
		Response badEnum = city.post(path, Map.of("kind", "XYZ", "title", "x", "heldOn", TODAY.toString()));
		assertThat(badEnum.status()).isEqualTo(400);
		assertThat(badEnum.body()).contains("kind");

		Response pilot = city.post(path, Map.of("kind", "COLLABORATION", "category", "TRANSPORT", "title", "移送支援の試行",
				"heldOn", TODAY.toString()));
		assertThat(pilot.status()).as(pilot.body()).isEqualTo(201);
		assertThat(pilot.json().path("phase").asString()).isEqualTo("PLAN");
		assertThat(pilot.json().path("categoryLabel").asString()).isEqualTo("（ケ）中山間地域等における移動困難者に対する移送支援");
		String pilotId = pilot.json().path("id").asString();
		Response skip = city.post("/api/v1/network/activities/" + pilotId + "/phase", Map.of("phase", "VERIFIED", "version", 0));
		assertThat(skip.status()).isEqualTo(422);
		assertThat(skip.code()).isEqualTo("PILOT_PHASE_ORDER");
		assertThat(city.post("/api/v1/network/activities/" + pilotId + "/phase", Map.of("phase", "TRIAL", "version", 0))
			.status()).isEqualTo(200);
		assertThat(city.post("/api/v1/network/activities/" + pilotId + "/phase", Map.of("phase", "VERIFIED", "version", 0))
			.status()).as("stale").isEqualTo(409);

		Response exchange = city.post(path, Map.of("kind", "WORKFORCE", "workforceKind", "PERSONNEL_EXCHANGE", "title", "交流",
				"heldOn", TODAY.toString(), "leadId", a, "partnerId", b));
		assertThat(exchange.status()).as(exchange.body()).isEqualTo(201);
		String ex = exchange.json().path("id").asString();
		assertThat(exchange.json().path("exchangeAgreed").asBoolean()).isFalse();
		assertThat(city.post("/api/v1/network/activities/" + ex + "/agreements", Map.of("participant", a, "agreedOn",
				TODAY.toString())).json().path("exchangeAgreed").asBoolean()).as("one side only").isFalse();
		assertThat(city.post("/api/v1/network/activities/" + ex + "/agreements", Map.of("participant", b, "agreedOn",
				TODAY.toString())).json().path("exchangeAgreed").asBoolean()).isTrue();

		Response fair = city.post(path, Map.of("kind", "WORKFORCE", "workforceKind", "RECRUITMENT_FAIR", "title", "合同面接会",
				"heldOn", TODAY.toString()));
		String fairId = fair.json().path("id").asString();
		assertField(city.post("/api/v1/network/activities/" + fairId + "/fair-results", Map.of("participant", a,
				"applicants", 2, "offers", 3)), "offers");
		Response result = city.post("/api/v1/network/activities/" + fairId + "/fair-results", Map.of("participant", a,
				"applicants", 5, "offers", 2));
		assertThat(result.json().path("fairResults").path(0).path("offers").asInt()).isEqualTo(2);
		assertThat(city.post("/api/v1/network/activities/" + ex + "/fair-results", Map.of("participant", a,
				"applicants", 5, "offers", 2)).code()).isEqualTo("NOT_A_FAIR");
	}

	@Test
	void onlyTheMunicipalityTheShakyoAndCommunityBuildersChangeEveryoneReads() {
		String id = platform(api("chiiki"), "権限テスト " + uniqueKana());
		for (String login : new String[] { "hokatsu", "kyodo", "outreach", "admin", "kansa" }) {
			Response refused = api(login).post("/api/v1/network/platforms/" + id + "/participants",
					Map.of("name", "法人", "kind", "NPO", "joinedOn", TODAY.toString()));
			assertThat(refused.status()).as(login).isEqualTo(403);
			assertThat(api(login).post("/api/v1/network/platforms", Map.of("name", "x", "implementingBody", "x",
					"bodyKind", "CITY", "area", "x", "startedOn", TODAY.toString())).status()).as(login).isEqualTo(403);
			assertThat(api(login).get("/api/v1/network/platforms/" + id).status()).as(login + " reads").isEqualTo(200);
		}
		assertThat(api("hokatsu").get("/api/v1/network/platforms/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
		PageSession hokatsu = pages("hokatsu");
		PageSession.Page page = hokatsu.get("/network/platforms/" + id);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("権限テスト", "補助の判定に使う事実").doesNotContain("参画法人・機関を加える");
		assertThat(hokatsu.post("/network/platforms/" + id + "/participants", Map.of("name", "法人", "kind", "NPO",
				"joinedOn", TODAY.toString())).status()).isEqualTo(403);
	}

	@Test
	void thePlatformPageShowsTheFactsAndFieldErrors() {
		PageSession chiiki = pages("chiiki");
		String name = "ページテスト " + uniqueKana();
		PageSession.Page created = chiiki.get("/network");
		assertThat(created.body()).contains("プラットフォームを登録する", "連絡会を登録する");
		PageSession.Page missing = chiiki.post("/network/platforms", Map.of("name", name, "implementingBody", "",
				"bodyKind", "CITY", "area", "市全域", "startedOn", TODAY.toString()));
		assertThat(missing.status()).isEqualTo(200);
		assertThat(missing.body()).contains("実施主体を入力してください");
		PageSession.Page page = chiiki.submit("/network/platforms", Map.of("name", name, "implementingBody", "かさね市",
				"bodyKind", "CITY", "area", "市全域", "startedOn", TODAY.toString()));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(name, "id=\"subsidy-facts\"", "参画法人数", "1年目", "ア（地域課題の討議・企画・検証）の記録がありません");
		String id = page.body().replaceAll("(?s).*action=\"/network/platforms/([0-9a-f-]{36})/participants\".*", "$1");
		PageSession.Page added = chiiki.submit("/network/platforms/" + id + "/participants", Map.of("name",
				"社会福祉法人ページ", "kind", "SOCIAL_WELFARE_CORPORATION", "small", "true", "joinedOn", TODAY.toString()));
		assertThat(added.body()).contains("社会福祉法人ページ", "小規模（１施設・事業所のみ）");
		PageSession.Page bad = chiiki.post("/network/platforms/" + id + "/activities", Map.of("kind", "DISCUSSION",
				"title", "段階なし", "heldOn", TODAY.toString()));
		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.body()).contains("討議・企画・実施方法の検討・検証のどれの会合かを選んでください");
		PageSession.Page pilot = chiiki.submit("/network/platforms/" + id + "/activities", Map.of("kind", "COLLABORATION",
				"category", "ADVOCACY", "title", "権利擁護の試行", "heldOn", TODAY.toString()));
		assertThat(pilot.body()).contains("権利擁護の試行", "（コ）高齢者や障害者等に対する権利擁護支援", "試行に進める");
		String activity = pilot.body().replaceAll("(?s).*action=\"/network/platforms/" + id + "/activities/([0-9a-f-]{36})/phase\".*", "$1");
		PageSession.Page trial = chiiki.submit("/network/platforms/" + id + "/activities/" + activity + "/phase",
				Map.of("phase", "TRIAL", "version", "0"));
		assertThat(trial.body()).contains("協働事業を次の段階に進めました", "検証に進める");
		PageSession.Page stale = chiiki.submit("/network/platforms/" + id + "/activities/" + activity + "/phase",
				Map.of("phase", "VERIFIED", "version", "0"));
		assertThat(stale.body()).contains("他の人が先に更新しました");
		PageSession.Page twice = chiiki.post("/network/platforms/" + id + "/subsidy-years", Map.of("fiscalYear",
				Integer.toString(YEAR.year()), "amountThousandYen", "-1"));
		assertThat(twice.body()).contains("補助額は0以上で入力してください");
	}

	private String platform(Api api, String name) {
		Response created = api.post("/api/v1/network/platforms", Map.of("name", name, "implementingBody", "東京都",
				"bodyKind", "PREFECTURE", "area", "かさね圏域", "startedOn", YEAR.start().toString()));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	private static Response participant(Api api, String platform, String name, String kind, boolean small) {
		return api.post("/api/v1/network/platforms/" + platform + "/participants", Map.of("name", name, "kind", kind,
				"small", small, "joinedOn", YEAR.start().toString()));
	}

	private static Response subsidy(Api api, String platform, int year, int amount, boolean backOffice, boolean ict) {
		return api.post("/api/v1/network/platforms/" + platform + "/subsidy-years", Map.of("fiscalYear", year,
				"amountThousandYen", amount, "backOfficeAddOn", backOffice, "ictAddOn", ict));
	}

	static void assertField(Response response, String field) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.contentType()).contains("problem+json");
		assertThat(response.json().path("errors").findValuesAsString("field")).contains(field);
		assertThat(response.json().path("errors").path(0).path("message").asString()).matches(".*[ぁ-んァ-ヶ一-龥].*");
	}
}
