package jp.kasane.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.kasane.IntegrationTest;
import jp.kasane.support.Api;
import jp.kasane.support.Api.Response;
import jp.kasane.support.PageSession;
import org.junit.jupiter.api.Test;

/** Hubs of the five programs, platforms with members from outside welfare, coordinators and events. */
class CommunityPlacesTest extends IntegrationTest {

	@Test
	void hubsAreListedUnderTheirProgramWithWhomTheyServe() {
		Api chiiki = api("chiiki");
		String name = "多世代サロン " + uniqueKana();
		Map<String, Object> form = new HashMap<>(CommunityRegisterTest.hub(name));
		form.put("program", "CARE_PREVENTION_ACTIVITY");
		form.put("serves", "ELDERLY");
		form.put("openToOtherGenerations", true);
		form.put("place", "7c1f3f0e-0000-4000-8000-000000000001");
		Response created = chiiki.post("/api/v1/community/hubs", form);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().path("programLabel").asString()).isEqualTo("地域介護予防活動支援事業");
		assertThat(created.json().path("programBasis").asString()).contains("介護保険法第115条の45第1項第2号");
		assertThat(created.json().path("openToOtherGenerations").asBoolean()).isTrue();
		assertThat(created.json().path("place").asString()).isEqualTo("7c1f3f0e-0000-4000-8000-000000000001");
		String id = created.json().path("id").asString();
		assertThat(api("hokatsu").get("/api/v1/community/hubs/" + id).json().path("name").asString()).isEqualTo(name);

		PageSession pages = pages("hokatsu");
		PageSession.Page overview = pages.get("/community");
		assertThat(overview.status()).isEqualTo(200);
		assertThat(overview.body()).contains("地域介護予防活動支援事業", "生活支援体制整備事業", "地域活動支援センター事業",
				"地域子育て支援拠点事業", "生活困窮者支援等のための地域づくり事業", name, "多機能化");
		assertThat(pages.get("/community/hubs/" + id).body()).contains(name, "他の世代・属性にも開放している");
		assertThat(pages.get("/community/hubs").body()).contains(name).doesNotContain("拠点を登録する");
	}

	@Test
	void aHubIsCorrectedOnlyFromTheVersionSeen() {
		Api chiiki = api("chiiki");
		String name = "子育てひろば " + uniqueKana();
		String id = chiiki.post("/api/v1/community/hubs", CommunityRegisterTest.hub(name)).json().path("id").asString();
		Map<String, Object> edit = new HashMap<>(CommunityRegisterTest.hub(name + "（移転）"));
		edit.put("openToOtherGenerations", true);
		edit.put("version", 0);
		Response edited = chiiki.put("/api/v1/community/hubs/" + id, Api.complete(CommunityForms.EditHub.class, edit));
		assertThat(edited.status()).as(edited.body()).isEqualTo(200);
		assertThat(edited.json().path("name").asString()).isEqualTo(name + "（移転）");
		assertThat(edited.json().path("version").asInt()).isEqualTo(1);
		Response stale = api("shiyakusho").put("/api/v1/community/hubs/" + id, Api.complete(CommunityForms.EditHub.class, edit));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.code()).isEqualTo("STALE_VERSION");
		assertThat(api("hokatsu").put("/api/v1/community/hubs/" + id, Api.complete(CommunityForms.EditHub.class, edit)).status()).isEqualTo(403);

		PageSession pages = pages("chiiki");
		assertThat(pages.get("/community/hubs/" + id).body()).contains("拠点を修正する");
		PageSession.Page refused = pages.post("/community/hubs/" + id, Map.of("program", "CHILD_REARING_SUPPORT_HUB", "name",
				name, "operator", "NPO法人こもれび", "serves", "CHILDREN", "version", "0"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("他の人が先に更新しました");
		PageSession.Page saved = pages.submit("/community/hubs/" + id, Map.of("program", "CHILD_REARING_SUPPORT_HUB", "name",
				name + "（再開）", "operator", "NPO法人こもれび", "serves", "CHILDREN", "version", "1"));
		assertThat(saved.body()).contains("拠点を修正しました", name + "（再開）");
		assertThat(pages("hokatsu").get("/community/hubs/" + id).body()).doesNotContain("拠点を修正する");
	}

	@Test
	void badHubInputIsRefusedNamingTheField() {
		Api chiiki = api("chiiki");
		Map<String, Object> noName = new HashMap<>(CommunityRegisterTest.hub(""));
		Response refused = chiiki.post("/api/v1/community/hubs", noName);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().path("errors").findValuesAsString("field")).contains("name");
		Map<String, Object> script = new HashMap<>(CommunityRegisterTest.hub("<script>alert(1)</script>"));
		assertThat(chiiki.post("/api/v1/community/hubs", script).json().path("errors").findValuesAsString("field")).contains("name");
		Map<String, Object> badProgram = new HashMap<>(CommunityRegisterTest.hub("拠点"));
		badProgram.put("program", "UFO");
		assertThat(chiiki.post("/api/v1/community/hubs", badProgram).status()).isEqualTo(400);

		PageSession pages = pages("chiiki");
		pages.get("/community/hubs");
		PageSession.Page page = pages.post("/community/hubs", Map.of("program", "LIVING_SUPPORT_SYSTEM", "name", "",
				"operator", "社会福祉協議会", "serves", "ELDERLY"));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("拠点の名称を入力してください");
	}

	@Test
	void aPlatformBringsInMembersFromOutsideWelfareAndItsMeetingsRaiseIssues() {
		Api chiiki = api("chiiki");
		String name = "北部まちづくり円卓会議 " + uniqueKana();
		Response platform = chiiki.post("/api/v1/community/platforms", Map.of("name", name, "area", "北部圏域", "purpose",
				"福祉と商店街・企業・学校が地域の困りごとを話し合う"));
		assertThat(platform.status()).as(platform.body()).isEqualTo(201);
		String id = platform.json().path("id").asString();
		chiiki.post("/api/v1/community/platforms/" + id + "/members", Map.of("name", "かさね駅前商店街振興組合", "kind",
				"SHOPPING_STREET"));
		chiiki.post("/api/v1/community/platforms/" + id + "/members", Map.of("name", "JAかさね", "kind",
				"AGRICULTURAL_COOPERATIVE"));
		Response withWelfare = chiiki.post("/api/v1/community/platforms/" + id + "/members", Map.of("name",
				"かさね市社会福祉協議会", "kind", "SOCIAL_WELFARE_COUNCIL"));
		assertThat(withWelfare.status()).as(withWelfare.body()).isEqualTo(200);
		assertThat(withWelfare.json().path("members").findValuesAsString("kind")).containsExactly("SHOPPING_STREET",
				"AGRICULTURAL_COOPERATIVE", "SOCIAL_WELFARE_COUNCIL");
		assertThat(withWelfare.json().path("members").findValues("nonWelfare").stream().map(n -> n.asBoolean()).toList())
			.containsExactly(true, true, false);
		Response noKind = chiiki.post("/api/v1/community/platforms/" + id + "/members", Map.of("name", "誰か"));
		assertThat(noKind.status()).isEqualTo(400);
		assertThat(noKind.json().path("errors").findValuesAsString("field")).contains("kind");

		String shortage = "高齢者が買い物に行く手段がない " + uniqueKana();
		Response meeting = chiiki.post("/api/v1/community/platforms/" + id + "/meetings", Map.of("heldOn",
				LocalDate.now().toString(), "theme", "買い物支援", "participants", 14, "notes", "移動販売の可能性を話した",
				"raisedIssue", shortage));
		assertThat(meeting.status()).as(meeting.body()).isEqualTo(201);
		Response negative = chiiki.post("/api/v1/community/platforms/" + id + "/meetings", Map.of("heldOn",
				LocalDate.now().toString(), "theme", "買い物支援", "participants", -1));
		assertThat(negative.status()).isEqualTo(400);
		assertThat(negative.json().path("errors").findValuesAsString("field")).contains("participants");
		Response future = chiiki.post("/api/v1/community/platforms/" + id + "/meetings", Map.of("heldOn",
				LocalDate.now().plusDays(3).toString(), "theme", "買い物支援", "participants", 3));
		assertThat(future.json().path("errors").findValuesAsString("field")).contains("heldOn");

		Response issues = chiiki.get("/api/v1/community/issues?status=RAISED");
		assertThat(issues.json().findValuesAsString("title")).contains(shortage);
		assertThat(issues.json().findValuesAsString("platformMeeting")).contains(meeting.json().path("id").asString());

		PageSession.Page page = pages("kodomo").get("/community/platforms/" + id);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(name, "かさね駅前商店街振興組合", "福祉以外", "うち福祉以外の分野 2", "買い物支援", shortage);
	}

	@Test
	void eventsCountParticipantsByGenerationAndRefuseBadCounts() {
		Api chiiki = api("chiiki");
		String hub = chiiki.post("/api/v1/community/hubs", CommunityRegisterTest.hub("子育てひろば " + uniqueKana())).json()
			.path("id").asString();
		String title = "多世代交流会 " + uniqueKana();
		Map<String, Object> form = new HashMap<>(Map.of("title", title, "kind", "EXCHANGE", "heldOn",
				LocalDate.now().minusDays(1).toString(), "hub", hub, "children", 12, "youth", 3, "workingAge", 8, "seniors", 20));
		Response created = chiiki.post("/api/v1/community/events", form);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().path("total").asInt()).isEqualTo(43);

		form.put("children", -1);
		Response negative = chiiki.post("/api/v1/community/events", form);
		assertThat(negative.status()).isEqualTo(400);
		assertThat(negative.json().path("errors").path(0).path("field").asString()).isEqualTo("children");
		Map<String, Object> nowhere = new HashMap<>(form);
		nowhere.put("children", 0);
		nowhere.remove("hub");
		Response noHub = chiiki.post("/api/v1/community/events", nowhere);
		assertThat(noHub.status()).isEqualTo(400);
		assertThat(noHub.json().path("errors").path(0).path("field").asString()).isEqualTo("hub");
		Map<String, Object> planned = new HashMap<>(form);
		planned.put("children", 4);
		planned.put("heldOn", LocalDate.now().plusDays(10).toString());
		Response countedEarly = chiiki.post("/api/v1/community/events", planned);
		assertThat(countedEarly.json().path("errors").path(0).path("field").asString()).isEqualTo("heldOn");
		Map<String, Object> upcoming = new HashMap<>(Map.of("title", title + "（次回）", "kind", "PRESENTATION", "heldOn",
				LocalDate.now().plusDays(10).toString(), "hub", hub));
		assertThat(chiiki.post("/api/v1/community/events", upcoming).status()).isEqualTo(201);
		assertThat(chiiki.get("/api/v1/community/events?upcoming=true").json().findValuesAsString("title"))
			.contains(title + "（次回）").doesNotContain(title);

		PageSession pages = pages("chiiki");
		assertThat(pages.get("/community").body()).contains(title + "（次回）");
		assertThat(pages.get("/community/hubs/" + hub).body()).contains(title, "43");
		pages.get("/community/events");
		PageSession.Page refused = pages.post("/community/events", Map.of("title", "発表会", "kind", "PRESENTATION",
				"heldOn", LocalDate.now().toString(), "hub", "", "platform", "", "children", "-2"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("参加者数は0以上で入力してください");
		PageSession.Page noPlace = pages.post("/community/events", Map.of("title", "発表会", "kind", "PRESENTATION",
				"heldOn", LocalDate.now().toString(), "hub", "", "platform", ""));
		assertThat(noPlace.body()).contains("イベントを行う拠点かプラットフォームを選んでください");
		assertThat(pages.submit("/community/events", Map.of("title", "発表会 " + title, "kind", "PRESENTATION", "heldOn",
				LocalDate.now().toString(), "hub", hub, "platform", "", "seniors", "7")).body()).contains("発表会 " + title);
		assertThat(api("hokatsu").post("/api/v1/community/events", upcoming).status()).isEqualTo(403);
	}

	@Test
	void coordinatorsAreListedWithTheirLayer() {
		Api city = api("shiyakusho");
		String name = "第1層 " + uniqueKana();
		Response c = city.post("/api/v1/community/coordinators", Map.of("name", name, "role", "LIVING_SUPPORT_LAYER1",
				"agencyName", "かさね市社会福祉協議会"));
		assertThat(c.status()).as(c.body()).isEqualTo(201);
		assertThat(c.json().path("roleLabel").asString()).isEqualTo("生活支援コーディネーター（第1層）");
		Response noRole = city.post("/api/v1/community/coordinators", Map.of("name", name, "agencyName", "社協"));
		assertThat(noRole.json().path("errors").findValuesAsString("field")).contains("role");
		assertThat(pages("kyodo").get("/community").body()).contains(name, "生活支援コーディネーター（第1層）");
		assertThat(api("kyodo").get("/api/v1/community/coordinators").json().findValuesAsString("name")).contains(name);
		PageSession chiiki = pages("chiiki");
		chiiki.get("/community");
		List<String> fields = chiiki.post("/community/coordinators", Map.of("name", "", "agencyName", "")).body()
			.lines().filter(l -> l.contains("field-error") && l.contains("入力")).toList();
		assertThat(fields).isNotEmpty();
	}
}
