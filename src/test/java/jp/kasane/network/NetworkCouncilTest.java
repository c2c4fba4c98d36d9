package jp.kasane.network;

import static jp.kasane.network.NetworkPlatformTest.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.kasane.IntegrationTest;
import jp.kasane.support.Api;
import jp.kasane.support.Api.Response;
import jp.kasane.support.PageSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** 連絡会等 of the 社協 and 社会福祉法人: members, meetings, 公益的な取組 alone or jointly, 災害時協定, 福祉教育. */
class NetworkCouncilTest extends IntegrationTest {

	private static final LocalDate TODAY = LocalDate.now();

	@Test
	void aCouncilKeepsMembersMeetingsActivitiesAgreementsAndEvents() {
		Api chiiki = api("chiiki");
		String name = "テスト法人連絡会 " + uniqueKana();
		Response created = chiiki.post("/api/v1/network/councils", Map.of("name", name, "level", "CITY",
				"secretariat", "かさね市社会福祉協議会"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().path("id").asString();
		String shakyo = member(chiiki, id, "かさね市社会福祉協議会", "SOCIAL_WELFARE_COUNCIL", null);
		String corp = member(chiiki, id, "社会福祉法人テスト会", "SOCIAL_WELFARE_CORPORATION", null);
		String facility = member(chiiki, id, "特養テストの里", "FACILITY", "社会福祉法人テスト会");

		Response meeting = chiiki.post("/api/v1/network/councils/" + id + "/meetings", Map.of("kind", "REPRESENTATIVES",
				"heldOn", TODAY.toString(), "title", "代表者会", "participants", 12));
		assertThat(meeting.status()).as(meeting.body()).isEqualTo(201);
		assertField(chiiki.post("/api/v1/network/councils/" + id + "/meetings", Map.of("kind", "PROMOTION",
				"heldOn", TODAY.toString(), "title", "推進会議ではない", "participants", 1)), "kind");
		assertField(chiiki.post("/api/v1/network/councils/" + id + "/meetings", Map.of("kind", "STAFF",
				"heldOn", TODAY.plusDays(3).toString(), "title", "未来", "participants", 1)), "heldOn");

		String path = "/api/v1/network/councils/" + id + "/activities";
		Response joint = chiiki.post(path, Map.of("kind", "PUBLIC_INTEREST", "title", "子ども食堂", "member", corp,
				"partners", List.of(shakyo), "datedOn", TODAY.toString()));
		assertThat(joint.status()).as(joint.body()).isEqualTo(201);
		assertThat(joint.json().path("joint").asBoolean()).isTrue();
		assertThat(joint.json().path("partnerNames").get(0).asString()).isEqualTo("かさね市社会福祉協議会");
		Response alone = chiiki.post(path, Map.of("kind", "PUBLIC_INTEREST", "title", "買い物支援", "member", corp,
				"datedOn", TODAY.toString()));
		assertThat(alone.json().path("joint").asBoolean()).isFalse();
		assertField(chiiki.post(path, Map.of("kind", "PUBLIC_INTEREST", "title", "自分と共同", "member", corp,
				"partners", List.of(corp), "datedOn", TODAY.toString())), "partners");
		assertField(chiiki.post(path, Map.of("kind", "DISASTER_AGREEMENT", "title", "協定", "member", facility,
				"datedOn", TODAY.toString())), "agreementKind");
		Response agreement = chiiki.post(path, Map.of("kind", "DISASTER_AGREEMENT", "title", "災害ボランティアセンター運営協定",
				"member", facility, "agreementKind", "DISASTER_VOLUNTEER_CENTER", "datedOn", TODAY.toString()));
		assertThat(agreement.json().path("agreementLabel").asString()).isEqualTo("災害ボランティアセンター運営への協力");
		assertField(chiiki.post(path, Map.of("kind", "EDUCATION", "title", "講座", "member", facility,
				"datedOn", TODAY.toString())), "educationKind");
		assertField(chiiki.post(path, Map.of("kind", "EDUCATION", "title", "講座", "member", java.util.UUID.randomUUID(),
				"educationKind", "OUTREACH_LECTURE", "datedOn", TODAY.toString())), "member");
		assertField(chiiki.post(path, Map.of("kind", "EDUCATION", "title", "職場体験", "member", facility,
				"educationKind", "WORK_EXPERIENCE", "datedOn", TODAY.toString(), "participants", -1)), "participants");
		assertThat(chiiki.post(path, Map.of("kind", "EDUCATION", "title", "中学生の職場体験", "member", facility,
				"educationKind", "WORK_EXPERIENCE", "datedOn", TODAY.toString(), "participants", 4)).status()).isEqualTo(201);

		JsonNode council = api("kodomo").get("/api/v1/network/councils/" + id).json();
		assertThat(council.path("members").size()).isEqualTo(3);
		assertThat(council.path("meetings").size()).isEqualTo(1);
		assertThat(council.path("activities").findValuesAsString("kind")).contains("PUBLIC_INTEREST", "DISASTER_AGREEMENT",
				"EDUCATION");
		assertThat(api("kodomo").post(path, Map.of("kind", "PUBLIC_INTEREST", "title", "x", "member", corp,
				"datedOn", TODAY.toString())).status()).isEqualTo(403);

		PageSession kodomo = pages("kodomo");
		PageSession.Page page = kodomo.get("/network/councils/" + id);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(name, "特養テストの里", "子ども食堂", "（共同：かさね市社会福祉協議会）", "単独", "中学生の職場体験")
			.doesNotContain("会員を加える");
		PageSession city = pages("shiyakusho");
		assertThat(city.get("/network/councils/" + id).body()).contains("会員を加える");
		PageSession.Page bad = city.post("/network/councils/" + id + "/activities", Map.of("kind", "DISASTER_AGREEMENT",
				"title", "協定", "member", facility, "datedOn", TODAY.toString()));
		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.body()).contains("協定の内容（避難者の受け入れ・支援物資・災害ボランティアセンター）を選んでください");
		PageSession.Page added = city.submit("/network/councils/" + id + "/members", Map.of("name", "ひかり保育園テスト",
				"kind", "FACILITY", "corporation", "社会福祉法人ひかり保育会"));
		assertThat(added.body()).contains("ひかり保育園テスト", "会員「ひかり保育園テスト」を加えました");
	}

	private static String member(Api api, String council, String name, String kind, String corporation) {
		Map<String, Object> form = new java.util.HashMap<>(Map.of("name", name, "kind", kind));
		if (corporation != null) {
			form.put("corporation", corporation);
		}
		Response r = api.post("/api/v1/network/councils/" + council + "/members", form);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		for (JsonNode m : r.json().path("members")) {
			if (m.path("name").asString().equals(name)) {
				return m.path("id").asString();
			}
		}
		throw new AssertionError(name);
	}
}
