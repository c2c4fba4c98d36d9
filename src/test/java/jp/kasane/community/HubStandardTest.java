package jp.kasane.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import jp.kasane.IntegrationTest;
import jp.kasane.support.Api;
import jp.kasane.support.Api.Response;
import jp.kasane.support.PageSession;
import org.junit.jupiter.api.Test;

/**
 * A hub's page shows what the program rules say of its facts: the 地域活動支援センター type, the 地域子育て支援拠点
 * standard with 「基準を満たしていません：…」, or which fact to enter; only those who keep hubs may set the facts.
 */
class HubStandardTest extends IntegrationTest {

	private String hub(String program, String serves, String name) {
		Map<String, Object> form = new HashMap<>(CommunityRegisterTest.hub(name));
		form.put("program", program);
		form.put("serves", serves);
		Response created = api("chiiki").post("/api/v1/community/hubs", form);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	@Test
	void anActivityCenterGetsItsTypeFromItsDailyUsersAndStaff() {
		String name = "地域活動支援センター " + uniqueKana();
		String id = hub("COMMUNITY_ACTIVITY_SUPPORT_CENTER", "DISABILITY", name);
		Api chiiki = api("chiiki");
		Response empty = chiiki.get("/api/v1/community/hubs/" + id + "/standard");
		assertThat(empty.status()).as(empty.body()).isEqualTo(200);
		assertThat(empty.json().path("applies").asBoolean()).isTrue();
		assertThat(empty.body()).contains("1日当たりの実利用人員");
		PageSession page = pages("hokatsu");
		assertThat(page.get("/community/hubs/" + id).body()).contains("判定には次の数が必要です").contains("1日当たりの実利用人員")
			.doesNotContain("基準の判定に使う数を保存");

		Map<String, Object> facts = new HashMap<>(Map.of("dailyUsers", 15, "staff", 3, "fullTimeStaff", 1, "dedicatedStaff", 1,
				"consultationSupport", false, "version", 0));
		Response saved = chiiki.put("/api/v1/community/hubs/" + id + "/standard-facts", Api.complete(CommunityForms.HubFacts.class, facts));
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(saved.json().path("activityCenter").path("type").asString()).isEqualTo("地域活動支援センターⅡ型");
		assertThat(saved.json().path("activityCenter").path("ruleVersion").path("version").asString()).isEqualTo("令和6年度版");
		assertThat(page.get("/community/hubs/" + id).body()).contains("地域活動支援センターⅡ型の例に当たります")
			.contains("別記2の3");

		// one user fewer than 概ね10名 and no type is met: the page says what falls short
		facts.put("dailyUsers", 9.5);
		facts.put("version", 1);
		Response none = chiiki.put("/api/v1/community/hubs/" + id + "/standard-facts", Api.complete(CommunityForms.HubFacts.class, facts));
		assertThat(none.json().path("activityCenter").path("type").asString()).isEqualTo("該当なし");
		assertThat(pages("chiiki").get("/community/hubs/" + id).body()).contains("基準を満たしていません：地域活動支援センターⅢ型")
			.contains("概ね10名以上ではありません");

		Response stale = api("shiyakusho").put("/api/v1/community/hubs/" + id + "/standard-facts", Api.complete(CommunityForms.HubFacts.class, facts));
		assertThat(stale.status()).isEqualTo(409);
	}

	@Test
	void aChildRearingHubIsJudgedAgainstTheStandardOfItsForm() {
		String id = hub("CHILD_REARING_SUPPORT_HUB", "CHILDREN", "子育てひろば " + uniqueKana());
		PageSession page = pages("chiiki");
		page.get("/community/hubs/" + id);
		// exactly 週3日・1日5時間・2名・月1回 meets 一般型 (以上 includes the bound)
		PageSession.Page met = page.submit("/community/hubs/" + id + "/facts", Map.of("version", "0", "hubForm", "GENERAL",
				"daysPerWeek", "3", "hoursPerDay", "5", "staff", "2", "lecturesPerMonth", "1"));
		assertThat(met.status()).isEqualTo(200);
		assertThat(met.body()).contains("一般型の基準を満たしています").contains("基準の判定に使う数を保存しました");

		PageSession.Page shortOf = page.submit("/community/hubs/" + id + "/facts", Map.of("version", "1", "hubForm", "GENERAL",
				"daysPerWeek", "2", "hoursPerDay", "4.5", "staff", "2", "lecturesPerMonth", "1"));
		assertThat(shortOf.body()).contains("一般型の基準を満たしていません")
			.contains("基準を満たしていません：開設日数が週2日で、週3日以上を満たしません")
			.contains("基準を満たしていません：開設時間が1日4.5時間で、1日5時間以上を満たしません");

		PageSession.Page letters = page.post("/community/hubs/" + id + "/facts", Map.of("version", "2", "hubForm", "GENERAL",
				"daysPerWeek", "週3", "hoursPerDay", "5", "staff", "2", "lecturesPerMonth", "1"));
		assertThat(letters.status()).isEqualTo(200);
		assertThat(letters.body()).contains("入力の形式が正しくありません");
		PageSession.Page eight = page.post("/community/hubs/" + id + "/facts", Map.of("version", "2", "daysPerWeek", "8"));
		assertThat(eight.body()).contains("週の開設日数は7日以下で入力してください");
	}

	@Test
	void badFactsAreProblemsNamingTheFieldAndOnlyKeepersMaySetThem() {
		String id = hub("COMMUNITY_ACTIVITY_SUPPORT_CENTER", "DISABILITY", "地域活動支援センター " + uniqueKana());
		Api chiiki = api("chiiki");
		Response more = chiiki.put("/api/v1/community/hubs/" + id + "/standard-facts", Api.complete(CommunityForms.HubFacts.class, Map.of("staff", 2, "fullTimeStaff", 3, "version", 0)));
		assertThat(more.status()).as(more.body()).isEqualTo(400);
		assertThat(more.body()).contains("fullTimeStaff").contains("常勤の職員の数が職員の数を超えています");
		Response negative = chiiki.put("/api/v1/community/hubs/" + id + "/standard-facts", Api.complete(CommunityForms.HubFacts.class, Map.of("dailyUsers", -1, "version", 0)));
		assertThat(negative.status()).isEqualTo(400);
		assertThat(negative.body()).contains("dailyUsers").contains("0以上");
		Response hours = chiiki.put("/api/v1/community/hubs/" + id + "/standard-facts", Api.complete(CommunityForms.HubFacts.class, Map.of("hoursPerDay", 25, "version", 0)));
		assertThat(hours.body()).contains("hoursPerDay").contains("24時間以下");

		Response letters = chiiki.put("/api/v1/community/hubs/" + id + "/standard-facts", Api.complete(CommunityForms.HubFacts.class, Map.of("staff", "三人", "version", 0)));
		assertThat(letters.status()).as(letters.body()).isEqualTo(400);
		assertThat(letters.body()).contains("staff");
		Response form = chiiki.put("/api/v1/community/hubs/" + id + "/standard-facts", Api.complete(CommunityForms.HubFacts.class, Map.of("hubForm", "CASTLE", "version", 0)));
		assertThat(form.status()).as(form.body()).isEqualTo(400);
		assertThat(form.body()).contains("hubForm");
		assertThat(chiiki.get("/api/v1/community/hubs/" + id + "/standard").json().path("facts").path("version").asInt()).isZero();

		for (String user : new String[] { "hokatsu", "kansa" }) {
			assertThat(api(user).put("/api/v1/community/hubs/" + id + "/standard-facts", Api.complete(CommunityForms.HubFacts.class, Map.of("staff", 3, "version", 0))).status())
				.as(user).isEqualTo(403);
		}
		assertThat(api("shiyakusho").put("/api/v1/community/hubs/" + id + "/standard-facts", Api.complete(CommunityForms.HubFacts.class, Map.of("staff", 3, "version", 0)))
			.status()).isEqualTo(200);
	}

	@Test
	void otherProgramsHaveNoStandardToShow() {
		String id = hub("CARE_PREVENTION_ACTIVITY", "ELDERLY", "体操教室 " + uniqueKana());
		assertThat(api("chiiki").get("/api/v1/community/hubs/" + id + "/standard").json().path("applies").asBoolean()).isFalse();
		assertThat(pages("chiiki").get("/community/hubs/" + id).body()).doesNotContain("id=\"hub-standard\"");
	}

	@Test
	void theDemoHubsShowTheirAnswersOutOfTheBox() {
		Response hubs = api("chiiki").get("/api/v1/community/hubs");
		String center = null;
		String cooperative = null;
		for (var h : hubs.json().values()) {
			if (h.path("name").asString().equals("地域活動支援センターひだまり（Ⅰ型）")) {
				center = h.path("id").asString();
			}
			if (h.path("name").asString().equals("かさね児童館ひろば（連携型）")) {
				cooperative = h.path("id").asString();
			}
		}
		assertThat(pages("chiiki").get("/community/hubs/" + center).body()).contains("地域活動支援センターⅠ型の例に当たります");
		assertThat(pages("chiiki").get("/community/hubs/" + cooperative).body())
			.contains("基準を満たしていません：開設時間が1日2.5時間で、1日3時間以上を満たしません");
	}
}
