package jp.kasane.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.kasane.IntegrationTest;
import jp.kasane.shared.FiscalYear;
import jp.kasane.support.PageSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The demo town's networks, as the README describes them. */
class DemoNetworkTest extends IntegrationTest {

	@Test
	void aPrefectureRunPlatformOfSevenCorporationsInItsFirstSubsidyYear() {
		JsonNode summary = find(api("shiyakusho").get("/api/v1/network/platforms").json(), "東京都 かさね圏域 法人間連携プラットフォーム");
		String id = summary.path("id").asString();
		JsonNode platform = api("hokatsu").get("/api/v1/network/platforms/" + id).json();
		assertThat(platform.path("bodyKind").asString()).isEqualTo("PREFECTURE");
		assertThat(platform.path("implementingBody").asString()).contains("東京都");
		JsonNode participants = platform.path("participants");
		assertThat(participants.size()).isEqualTo(8);
		assertThat(participants.findValuesAsString("kind")).contains("SOCIAL_WELFARE_CORPORATION", "FOR_PROFIT", "NPO",
				"NO_LEGAL_PERSONALITY", "TRAINING_INSTITUTION");
		assertThat(platform.path("smallCorporations").asInt()).isBetween(1, 6);
		assertThat(platform.path("nonWelfareParticipants").asInt()).isEqualTo(1);
		JsonNode facts = platform.path("subsidyFacts");
		assertThat(facts.path("participants").asInt()).isEqualTo(7);
		assertThat(facts.path("subsidyYear").asInt()).isEqualTo(1);
		assertThat(facts.path("backOfficeConsolidation").asBoolean()).isTrue();
		assertThat(facts.path("backOfficeAddOnUsedBefore").asBoolean()).isFalse();
		assertThat(facts.path("ict").asBoolean()).isFalse();
		assertThat(facts.path("convertedToRenkeiSuishinHojin").asBoolean()).isFalse();
		assertThat(platform.path("activities").findValuesAsString("kind")).contains("DISCUSSION", "COLLABORATION",
				"WORKFORCE", "BACK_OFFICE");
		assertThat(platform.path("activities").findValuesAsString("workforceKind")).contains("JOINT_TRAINING",
				"PERSONNEL_EXCHANGE", "RECRUITMENT_FAIR");
		assertThat(platform.path("subsidyYears").get(0).path("fiscalYear").asInt()).isEqualTo(FiscalYear.of(java.time.LocalDate.now()).year());
		assertThat(platform.path("notices").size()).as(platform.path("notices").toString()).isZero();

		PageSession.Page page = pages("kodomo").get("/network/platforms/" + id);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("補助の判定に使う事実", "1年目", "今年度あり", "両法人が合意", "試行",
				"（イ）現時点では自立している単身高齢者に対する見守り等その孤立死防止のための事業", "申込 42 人／参加 38 人");
		// The platform subsidy rule answers on the page from these facts: 7 corporations (6–9), year 1, エ this year.
		assertThat(page.body()).contains("id=\"subsidy-answer\"", "基準額 2500千円 ＋ 加算 3200千円 ＝ 上限 5700千円（以内）",
				"小規模法人のネットワーク化による協働推進事業実施要綱 4(2)");
	}

	@Test
	void aCityCouncilRunWithTheShakyo() {
		JsonNode summary = find(api("chiiki").get("/api/v1/network/councils").json(), "かさね市社会福祉法人連絡会");
		JsonNode council = api("chiiki").get("/api/v1/network/councils/" + summary.path("id").asString()).json();
		assertThat(council.path("level").asString()).isEqualTo("CITY");
		assertThat(council.path("secretariat").asString()).contains("社会福祉協議会");
		assertThat(council.path("members").size()).isGreaterThanOrEqualTo(5);
		List<String> kinds = council.path("activities").findValuesAsString("kind");
		assertThat(kinds).contains("PUBLIC_INTEREST", "DISASTER_AGREEMENT", "EDUCATION");
		assertThat(council.path("activities").findValuesAsString("educationKind")).contains("OUTREACH_LECTURE");
		assertThat(council.path("activities").findValues("joint").stream().anyMatch(JsonNode::asBoolean)).isTrue();
		assertThat(council.path("meetings").size()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void twoRegionalAreasWithPromotersAndGoals() {
		JsonNode regional = api("kyodo").get("/api/v1/network/regional").json();
		int year = FiscalYear.of(java.time.LocalDate.now()).year();
		JsonNode current = null;
		for (JsonNode y : regional.path("years")) {
			if (y.path("fiscalYear").asInt() == year) {
				current = y;
			}
		}
		assertThat(current).isNotNull();
		assertThat(current.path("wholeMunicipality").asBoolean()).isFalse();
		assertThat(current.path("areas").findValuesAsString("name")).contains("北小学校区", "南小学校区");
		assertThat(regional.path("promoters").findValuesAsString("name")).contains("佐藤 美紀", "田中 健");
		assertThat(regional.path("meetings").findValuesAsString("kind")).contains("PROMOTION");
		assertThat(regional.path("goals").findValuesAsString("indicator")).contains("住民が運営する活動拠点の開設数（2地域）",
				"相談支援包括化推進会議の開催回数");
		PageSession.Page page = pages("shiyakusho").get("/network");
		assertThat(page.body()).contains("東京都 かさね圏域 法人間連携プラットフォーム", "かさね市社会福祉法人連絡会", "北小学校区・南小学校区");
		assertThat(pages("chiiki").get("/network/regional").body()).contains("佐藤 美紀", "相談支援包括化推進会議（第1回）",
				"達成率 83%");
	}

	private static JsonNode find(JsonNode list, String name) {
		for (JsonNode n : list) {
			if (n.path("name").asString().equals(name)) {
				return n;
			}
		}
		throw new AssertionError(name + " not in " + list);
	}
}
