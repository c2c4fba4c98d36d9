package jp.kasane.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.kasane.IntegrationTest;
import jp.kasane.shared.WarekiDate;
import jp.kasane.support.Api;
import jp.kasane.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The platform subsidy answer says on which day the 参画法人 were counted: the API states the configured point
 * (交付申請の時点) unless the caller gives {@code countedOn}, and the network page, which counts today's
 * participants, says 「…時点で参画している法人数（N法人）で判定しています」 and never claims the application's count.
 */
class PlatformSubsidyCountBasisTest extends IntegrationTest {

	private static final String INPUT = """
			{"participants": 6, "subsidyYear": 1, "backOfficeConsolidation": false, "backOfficeAddOnUsedBefore": false,
			 "ict": false, "ictAddOnUsedBefore": false, "convertedToRenkeiSuishinHojin": false%s}""";

	@Autowired
	Clock clock;

	@Test
	void withoutACountingDayTheApiStatesTheConfiguredPoint() {
		Api.Response response = api("chiiki").postRaw("/api/v1/rules/platform-subsidy", INPUT.formatted(""));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(reasons(response.json())).anyMatch(r -> r.startsWith("参画法人の数は交付申請の時点の数として扱います"))
			.noneMatch(r -> r.contains("時点で参画している法人数"));
	}

	@Test
	void aCountingDayIsStatedInTheReasonsInsteadOfTheApplicationPoint() {
		Api.Response response = api("chiiki").postRaw("/api/v1/rules/platform-subsidy",
				INPUT.formatted(", \"countedOn\": \"2026-04-01\""));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().path("baseThousandYen").asInt()).isEqualTo(2500);
		assertThat(reasons(response.json())).anyMatch(r -> r.startsWith("令和8年4月1日時点で参画している法人数（6法人）で判定しています"))
			.noneMatch(r -> r.contains("交付申請の時点の数として扱います"));

		// Also when the answer is a refusal (1 corporation is not a platform), the basis comes first.
		Api.Response one = api("chiiki").postRaw("/api/v1/rules/platform-subsidy",
				INPUT.formatted(", \"countedOn\": \"2019-04-30\"").replace("\"participants\": 6", "\"participants\": 1"));
		assertThat(one.json().path("eligible").asBoolean()).isFalse();
		assertThat(reasons(one.json()).get(0)).startsWith("平成31年4月30日時点で参画している法人数（1法人）");
	}

	@Test
	void aCountingDayThatIsNoDateIsABadField() {
		Api.Response response = api("chiiki").postRaw("/api/v1/rules/platform-subsidy",
				INPUT.formatted(", \"countedOn\": \"2026-13-01\""));
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).contains("countedOn");
	}

	@Test
	void theNetworkPageSaysItCountsTodaysParticipants() {
		JsonNode platforms = api("shiyakusho").get("/api/v1/network/platforms").json();
		String id = null;
		for (JsonNode p : platforms) {
			if (p.path("name").asString().equals("東京都 かさね圏域 法人間連携プラットフォーム")) {
				id = p.path("id").asString();
			}
		}
		assertThat(id).isNotNull();
		PageSession.Page page = pages("kodomo").get("/network/platforms/" + id);
		assertThat(page.status()).isEqualTo(200);
		String today = WarekiDate.formatWareki(LocalDate.now(clock));
		assertThat(page.body()).contains(today + "時点で参画している法人数（7法人）で判定しています")
			.doesNotContain("交付申請の時点の数として扱います");
	}

	private static List<String> reasons(JsonNode json) {
		List<String> texts = new ArrayList<>();
		json.path("reasons").values().forEach(r -> texts.add(r.asString()));
		return texts;
	}
}
