package jp.kasane.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.StreamSupport;

import jp.kasane.IntegrationTest;
import jp.kasane.support.Api.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The demo town's 地域づくり: every program has a hub, platforms reach outside welfare, the register is filled. */
class DemoCommunityTest extends IntegrationTest {

	@Test
	void theDemoTownHasHubsOfAllFiveProgramsPlatformsAndARegister() {
		Response hubs = api("chiiki").get("/api/v1/community/hubs");
		assertThat(hubs.json().findValuesAsString("program")).contains("CARE_PREVENTION_ACTIVITY", "LIVING_SUPPORT_SYSTEM",
				"COMMUNITY_ACTIVITY_SUPPORT_CENTER", "CHILD_REARING_SUPPORT_HUB", "NEEDY_COMMUNITY_BUILDING");
		JsonNode platforms = api("chiiki").get("/api/v1/community/platforms").json();
		assertThat(StreamSupport.stream(platforms.spliterator(), false)
			.filter(p -> p.path("name").asString().equals("北部まちづくり円卓会議")
					|| p.path("name").asString().equals("かさね子ども・若者応援ネットワーク"))
			.map(p -> p.path("nonWelfareMembers").asInt())).hasSize(2).allMatch(n -> n >= 2);
		assertThat(api("chiiki").get("/api/v1/community/coordinators").json().findValuesAsString("role"))
			.contains("LIVING_SUPPORT_LAYER1", "LIVING_SUPPORT_LAYER2");

		JsonNode issues = api("shiyakusho").get("/api/v1/community/issues").json();
		assertThat(issues.findValuesAsString("status")).contains("RAISED", "DEVELOPING", "RESOURCE_CREATED", "DECLINED");
		assertThat(issues.findValuesAsString("resourceName")).contains("ごみ出しサポーター（有償ボランティア）");
		// The role C decision of the demo 8050 case's conference, with its case, for the municipality.
		JsonNode fromConference = StreamSupport.stream(issues.spliterator(), false)
			.filter(i -> i.path("title").asString().equals("ひきこもりの人が日中に安心して通える居場所が北部圏域にない"))
			.findFirst()
			.orElseThrow();
		assertThat(fromConference.path("conferences").path(0).path("meetingTitle").asString())
			.isEqualTo("重層的支援会議（地域課題の把握）");
		assertThat(fromConference.path("cases").size()).isEqualTo(1);
	}
}
