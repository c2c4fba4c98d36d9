package jp.kasane.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.kasane.casework.CaseworkTestSupport;
import jp.kasane.support.Api;
import jp.kasane.support.Api.Response;
import jp.kasane.support.PageSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The 地域課題 register: conference decisions of role C come in through 取り込む and further links,
 * and each issue shows the conferences and cases that raised it — the cases only to users who may
 * open them, and never a person's name.
 */
class CommunityRegisterTest extends CaseworkTestSupport {

	@Test
	void theRegisterShowsForEachIssueTheConferencesAndCasesThatRaisedIt() {
		String family = "資源" + uniqueKana().substring(0, 2);
		Api hokatsu = api("hokatsu");
		Api kyodo = api("kyodo");
		Api chiiki = api("chiiki");
		Api shiyakusho = api("shiyakusho");
		String person = register(hokatsu, family, "一郎", "1960-01-01");
		consent(hokatsu, person, List.of(agencyOf("hokatsu"), agencyOf("kyodo")));
		String caseId = hokatsu.post("/api/v1/cases", Map.of("people", List.of(person))).json().path("id").asString();
		String municipal = agencyOf("shiyakusho");
		String coordinator = agencyOf("kyodo");
		String shortage = "ひきこもりの人が昼間に通える居場所が北地区にない " + uniqueKana();
		String title = "重層的支援会議（地域課題）" + uniqueKana();

		String first = roleCDecision(kyodo, title, person, caseId, List.of(municipal, coordinator), shortage);
		Response unregistered = chiiki.get("/api/v1/community/issues/unregistered");
		assertThat(unregistered.status()).as(unregistered.body()).isEqualTo(200);
		assertThat(unregistered.json().findValuesAsString("decisionId")).contains(first);
		assertThat(unregistered.body()).as("the case stays with those who may open it").doesNotContain(caseId);
		assertThat(shiyakusho.get("/api/v1/community/issues/unregistered").body()).contains(caseId);

		Response imported = chiiki.post("/api/v1/community/issues/import", Map.of("decisionId", first));
		assertThat(imported.status()).as(imported.body()).isEqualTo(201);
		String issue = imported.json().path("id").asString();
		assertThat(imported.json().path("status").asString()).isEqualTo("RAISED");
		assertThat(imported.json().path("raisedBy").asString()).isEqualTo("CONFERENCE");
		JsonNode raisedAt = imported.json().path("conferences").path(0);
		assertThat(raisedAt.path("meetingTitle").asString()).isEqualTo(title);
		assertThat(raisedAt.path("raisedOn").asString()).isEqualTo(LocalDate.now().toString());
		assertThat(raisedAt.path("text").asString()).isEqualTo(shortage);
		// The 地域づくり agency is not on the case: it learns that a case raised it, not which.
		assertThat(raisedAt.path("caseId").isNull()).isTrue();
		assertThat(raisedAt.path("caseHidden").asBoolean()).isTrue();
		assertThat(imported.json().path("hiddenCases").asInt()).isEqualTo(1);
		assertThat(imported.body()).doesNotContain(caseId).doesNotContain(family).doesNotContain(person);

		// The same shortage raised again at another conference joins the existing issue.
		String second = roleCDecision(kyodo, title + "（2回目）", person, caseId, List.of(municipal, coordinator),
				"居場所の不足が再び挙がった");
		Response linked = chiiki.post("/api/v1/community/issues/" + issue + "/links", Map.of("decisionId", second));
		assertThat(linked.status()).as(linked.body()).isEqualTo(200);
		assertThat(linked.json().path("conferences").findValuesAsString("meetingTitle")).containsExactlyInAnyOrder(title,
				title + "（2回目）");
		Response again = chiiki.post("/api/v1/community/issues/import", Map.of("decisionId", second));
		assertThat(again.status()).isEqualTo(422);
		assertThat(again.code()).isEqualTo("DECISION_ALREADY_REGISTERED");
		assertThat(chiiki.get("/api/v1/community/issues/unregistered").json().findValuesAsString("decisionId"))
			.doesNotContain(first, second);

		// The municipality sees the case and may open both meetings.
		Response asCity = shiyakusho.get("/api/v1/community/issues/" + issue);
		assertThat(asCity.json().path("cases").get(0).asString()).isEqualTo(caseId);
		assertThat(asCity.json().path("cases").size()).as("one case, raised twice").isEqualTo(1);
		assertThat(asCity.json().path("hiddenCases").asInt()).isZero();
		assertThat(asCity.json().path("conferences").findValuesAsString("caseId")).containsOnly(caseId);
		assertThat(asCity.json().path("conferences").findValues("meetingOpenable")).allMatch(JsonNode::asBoolean);
		assertThat(shiyakusho.get("/api/v1/community/issues").json().findValuesAsString("id")).contains(issue);

		// The register page: meeting title, date and link; the case link only for those who may open it.
		String meeting = asCity.json().path("conferences").path(0).path("meetingId").asString();
		PageSession cityPages = pages("shiyakusho");
		PageSession.Page cityRegister = cityPages.get("/community/issues");
		assertThat(cityRegister.status()).isEqualTo(200);
		assertThat(cityRegister.body()).contains(title, "/meetings/" + meeting, "/cases/" + caseId, LocalDate.now().toString())
			.doesNotContain(family);
		assertThat(cityPages.get("/community/issues/" + issue).body()).contains(title + "（2回目）", "/cases/" + caseId);
		PageSession chiikiPages = pages("chiiki");
		PageSession.Page chiikiRegister = chiikiPages.get("/community/issues");
		assertThat(chiikiRegister.body()).contains(title, "閲覧権限のない事例").doesNotContain("/cases/" + caseId)
			.doesNotContain(family);
		PageSession.Page chiikiIssue = chiikiPages.get("/community/issues/" + issue);
		assertThat(chiikiIssue.body()).contains(title, shortage).doesNotContain(caseId).doesNotContain(family);
		// hokatsu registered the person, so it may open the case, but was not invited to the meeting.
		PageSession.Page hokatsuIssue = pages("hokatsu").get("/community/issues/" + issue);
		assertThat(hokatsuIssue.body()).contains("/cases/" + caseId, title).doesNotContain("/meetings/" + meeting);
	}

	@Test
	void aSupportConferenceDecisionNeverEntersTheRegister() {
		Api hokatsu = api("hokatsu");
		Api kyodo = api("kyodo");
		String person = register(hokatsu, "支援会議", "花子", "1970-05-05");
		String municipal = agencyOf("shiyakusho");
		String coordinator = agencyOf("kyodo");
		String meeting = schedule(kyodo, "SUPPORT_CONFERENCE", "支援会議（地域課題テスト）", List.of(municipal, coordinator,
				agencyOf("hokatsu")));
		assertThat(kyodo.post("/api/v1/meetings/" + meeting + "/pledge", Map.of()).status()).isEqualTo(200);
		assertThat(hokatsu.post("/api/v1/meetings/" + meeting + "/pledge", Map.of()).status()).isEqualTo(200);
		Response added = hokatsu.post("/api/v1/meetings/" + meeting + "/agenda", agenda(person, null, "C"));
		assertThat(added.status()).as(added.body()).isEqualTo(200);
		String decision = decisionAt(kyodo, meeting, List.of(municipal, coordinator));

		assertThat(api("chiiki").get("/api/v1/community/issues/unregistered").json().findValuesAsString("decisionId"))
			.doesNotContain(decision);
		Response imported = api("chiiki").post("/api/v1/community/issues/import", Map.of("decisionId", decision));
		assertThat(imported.status()).isEqualTo(400);
		assertThat(imported.json().path("errors").path(0).path("field").asString()).isEqualTo("decisionId");
	}

	@Test
	void statusMovesThroughItsStepsWithTheirRules() {
		Api chiiki = api("chiiki");
		String coordinator = chiiki.post("/api/v1/community/coordinators", Map.of("name", "北 第2層", "role",
				"LIVING_SUPPORT_LAYER2", "area", "北部圏域", "agencyName", "かさね市社会福祉協議会")).json().path("id").asString();
		Response raised = chiiki.post("/api/v1/community/issues", Map.of("title", "買い物に行く手段がない " + uniqueKana(),
				"raisedBy", "COORDINATOR", "coordinator", coordinator, "area", "北部圏域"));
		assertThat(raised.status()).as(raised.body()).isEqualTo(201);
		String id = raised.json().path("id").asString();
		assertThat(raised.json().path("next").toString()).contains("UNDER_REVIEW", "DECLINED").doesNotContain("DEVELOPING");

		Response skip = status(chiiki, id, "DEVELOPING", 0, Map.of());
		assertThat(skip.status()).isEqualTo(422);
		assertThat(skip.code()).isEqualTo("ISSUE_INVALID_TRANSITION");
		assertThat(status(chiiki, id, "UNDER_REVIEW", 0, Map.of()).status()).isEqualTo(200);
		Response declineWithoutReason = status(chiiki, id, "DECLINED", 1, Map.of());
		assertThat(declineWithoutReason.status()).isEqualTo(400);
		assertThat(declineWithoutReason.json().path("errors").path(0).path("field").asString()).isEqualTo("note");
		assertThat(status(chiiki, id, "DEVELOPING", 1, Map.of("note", "協議体で移動販売を検討")).status()).isEqualTo(200);

		Response withoutName = status(chiiki, id, "RESOURCE_CREATED", 2, Map.of());
		assertThat(withoutName.status()).isEqualTo(400);
		assertThat(withoutName.json().path("errors").path(0).path("field").asString()).isEqualTo("resourceName");
		assertThat(withoutName.json().path("errors").path(0).path("message").asString()).contains("資源の名称");
		Response stale = status(chiiki, id, "RESOURCE_CREATED", 1, Map.of("resourceName", "移動販売"));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.code()).isEqualTo("STALE_VERSION");
		Response created = status(chiiki, id, "RESOURCE_CREATED", 2, Map.of("resourceName", "移動販売「かさね便」",
				"resourceDescription", "農協と商店街による週2回の移動販売"));
		assertThat(created.status()).as(created.body()).isEqualTo(200);
		assertThat(created.json().path("resourceName").asString()).isEqualTo("移動販売「かさね便」");
		assertThat(created.json().path("history").findValuesAsString("to")).containsExactly("RAISED", "UNDER_REVIEW",
				"DEVELOPING", "RESOURCE_CREATED");
		Response afterDone = status(chiiki, id, "UNDER_REVIEW", 3, Map.of());
		assertThat(afterDone.status()).isEqualTo(422);

		assertThat(chiiki.get("/api/v1/community/issues?status=RESOURCE_CREATED").json().findValuesAsString("id")).contains(id);
		assertThat(chiiki.get("/api/v1/community/issues?status=RAISED").json().findValuesAsString("id")).doesNotContain(id);
		assertThat(chiiki.get("/api/v1/community/issues?status=NONSENSE").status()).isEqualTo(400);
		PageSession.Page filtered = pages("chiiki").get("/community/issues?status=RESOURCE_CREATED");
		assertThat(filtered.body()).contains("移動販売「かさね便」");
	}

	@Test
	void theStatusPageExplainsARefusalInJapanese() {
		Api chiiki = api("chiiki");
		String id = chiiki.post("/api/v1/community/issues", Map.of("title", "夜間の相談先がない " + uniqueKana(), "raisedBy",
				"OTHER")).json().path("id").asString();
		PageSession pages = pages("chiiki");
		pages.get("/community/issues/" + id);
		assertThat(pages.submit("/community/issues/" + id + "/status", Map.of("status", "UNDER_REVIEW", "version", "0")).body())
			.contains("「検討中」にしました");
		pages.get("/community/issues/" + id);
		assertThat(pages.submit("/community/issues/" + id + "/status", Map.of("status", "DEVELOPING", "version", "1")).status())
			.isEqualTo(200);
		pages.get("/community/issues/" + id);
		PageSession.Page refused = pages.post("/community/issues/" + id + "/status", Map.of("status", "RESOURCE_CREATED",
				"version", "2", "resourceName", ""));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("新たにできた資源の名称を入力してください");
		PageSession.Page stale = pages.post("/community/issues/" + id + "/status", Map.of("status", "DECLINED", "version", "0",
				"note", "予算がない"));
		assertThat(stale.body()).contains("他の人が先に更新しました");
	}

	@Test
	void onlyTheMunicipalityAndTheCommunityBuildingAgencyChangeTheRegister() {
		Map<String, Object> issue = Map.of("title", "権限テスト " + uniqueKana(), "raisedBy", "OTHER");
		for (String user : List.of("hokatsu", "kyodo", "kodomo")) {
			Response refused = api(user).post("/api/v1/community/issues", issue);
			assertThat(refused.status()).as(user).isEqualTo(403);
			assertThat(refused.code()).isEqualTo("FORBIDDEN");
			assertThat(api(user).get("/api/v1/community/issues").status()).as(user + " reads").isEqualTo(200);
		}
		String id = api("shiyakusho").post("/api/v1/community/issues", issue).json().path("id").asString();
		assertThat(api("hokatsu").post("/api/v1/community/issues/" + id + "/status", Map.of("status", "UNDER_REVIEW",
				"version", 0)).status()).isEqualTo(403);
		assertThat(api("hokatsu").post("/api/v1/community/hubs", hub("権限のない拠点")).status()).isEqualTo(403);
		assertThat(api("hokatsu").get("/api/v1/community/issues/unregistered").status()).isEqualTo(403);
		assertThat(api("admin").get("/api/v1/community/issues").status()).isEqualTo(403);
		assertThat(api("kansa").get("/api/v1/community/hubs").status()).isEqualTo(403);
		assertThat(api("shiyakusho").get("/api/v1/community/issues/" + id).json().path("status").asString()).isEqualTo("RAISED");

		PageSession hokatsuPages = pages("hokatsu");
		PageSession.Page page = hokatsuPages.get("/community/issues/" + id);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("状態を変える").doesNotContain("取り込む");
		assertThat(hokatsuPages.post("/community/issues/" + id + "/status", Map.of("status", "UNDER_REVIEW", "version", "0"))
			.status()).isEqualTo(403);
		assertThat(pages("chiiki").get("/community/issues/" + id).body()).contains("状態を変える");

		// The meeting API's list (with every case id) stays with the municipality and coordinators.
		assertThat(api("hokatsu").get("/api/v1/meetings/community-issues").status()).isEqualTo(403);
		assertThat(api("chiiki").get("/api/v1/meetings/community-issues").status()).isEqualTo(403);
		assertThat(api("chiiki").get("/api/v1/community/issues/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(api("chiiki").get("/api/v1/community/issues/not-an-id").status()).isEqualTo(400);
	}

	@Test
	void badIssueInputIsRefusedNamingTheFieldAndExplainedOnThePage() {
		Api chiiki = api("chiiki");
		Response noTitle = chiiki.post("/api/v1/community/issues", Map.of("title", "", "raisedBy", "OTHER"));
		assertThat(noTitle.status()).isEqualTo(400);
		assertThat(noTitle.json().path("errors").findValuesAsString("field")).contains("title");
		Response noCoordinator = chiiki.post("/api/v1/community/issues", Map.of("title", "担い手不足", "raisedBy", "COORDINATOR"));
		assertThat(noCoordinator.status()).isEqualTo(400);
		assertThat(noCoordinator.json().path("errors").path(0).path("field").asString()).isEqualTo("coordinator");
		Response asConference = chiiki.post("/api/v1/community/issues", Map.of("title", "担い手不足", "raisedBy", "CONFERENCE"));
		assertThat(asConference.json().path("errors").path(0).path("field").asString()).isEqualTo("raisedBy");
		Response future = chiiki.post("/api/v1/community/issues", Map.of("title", "担い手不足", "raisedBy", "OTHER", "raisedOn",
				LocalDate.now().plusDays(1).toString()));
		assertThat(future.json().path("errors").path(0).path("field").asString()).isEqualTo("raisedOn");
		Response noDecision = chiiki.post("/api/v1/community/issues/import", Map.of());
		assertThat(noDecision.status()).isEqualTo(400);
		assertThat(noDecision.json().path("errors").path(0).path("field").asString()).isEqualTo("decisionId");

		PageSession pages = pages("chiiki");
		pages.get("/community/issues");
		PageSession.Page page = pages.post("/community/issues", Map.of("title", "担い手不足", "raisedBy", "COORDINATOR",
				"coordinator", "", "platformMeeting", "", "raisedOn", LocalDate.now().toString()));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("提起したコーディネーターを選んでください");
		PageSession.Page empty = pages.post("/community/issues", Map.of("title", "", "raisedBy", "OTHER"));
		assertThat(empty.body()).contains("地域課題を入力してください");
		String id = chiiki.post("/api/v1/community/issues", Map.of("title", "担い手不足 " + uniqueKana(), "raisedBy", "OTHER"))
			.json().path("id").asString();
		Response reworded = chiiki.put("/api/v1/community/issues/" + id, Api.complete(CommunityForms.EditIssue.class, Map.of("title", "地域の担い手が足りない", "area",
				"北部圏域", "version", 0)));
		assertThat(reworded.status()).as(reworded.body()).isEqualTo(200);
		assertThat(reworded.json().path("title").asString()).isEqualTo("地域の担い手が足りない");
		assertThat(chiiki.put("/api/v1/community/issues/" + id, Api.complete(CommunityForms.EditIssue.class, Map.of("title", "古い版", "version", 0))).code())
			.isEqualTo("STALE_VERSION");
		Response blank = chiiki.put("/api/v1/community/issues/" + id, Api.complete(CommunityForms.EditIssue.class, Map.of("title", " ", "version", 1)));
		assertThat(blank.json().path("errors").path(0).path("field").asString()).isEqualTo("title");
		pages.get("/community/issues/" + id);
		assertThat(pages.post("/community/issues/" + id, Map.of("title", "", "version", "1")).body())
			.contains("地域課題を入力してください");
		assertThat(pages.submit("/community/issues/" + id, Map.of("title", "地域の担い手が足りない（北部）", "version", "1"))
			.body()).contains("地域課題を修正しました", "地域の担い手が足りない（北部）");
		PageSession.Page unknown = pages.submit("/community/issues/import", Map.of("decisionId", java.util.UUID.randomUUID().toString()));
		assertThat(unknown.body()).contains("社会資源の不足の把握（地域課題）」として記録された決定ではありません");
	}

	/** A held 重層的支援会議 with one agenda item of role C on the case and its decision. */
	private String roleCDecision(Api api, String title, String person, String caseId, List<String> agencies, String text) {
		String meeting = schedule(api, "MULTI_LAYERED", title, agencies);
		Response added = api.post("/api/v1/meetings/" + meeting + "/agenda", agenda(person, caseId, "C"));
		assertThat(added.status()).as(added.body()).isEqualTo(200);
		String item = added.json().path("agenda").path(0).path("id").asString();
		assertThat(api.post("/api/v1/meetings/" + meeting + "/hold", Map.of("heldOn", LocalDate.now().toString(),
				"attendedAgencies", agencies)).status()).isEqualTo(200);
		Response decided = api.post("/api/v1/meetings/" + meeting + "/decisions", Map.of("agendaItem", item, "text", text));
		assertThat(decided.status()).as(decided.body()).isEqualTo(201);
		return decided.json().path("id").asString();
	}

	private static Response status(Api api, String issue, String to, int version, Map<String, Object> more) {
		Map<String, Object> body = new HashMap<>(more);
		body.put("status", to);
		body.put("version", version);
		return api.post("/api/v1/community/issues/" + issue + "/status", body);
	}

	static Map<String, Object> hub(String name) {
		return Map.of("program", "CHILD_REARING_SUPPORT_HUB", "name", name, "operator", "NPO法人こもれび", "serves",
				"CHILDREN", "area", "南小学校区", "schedule", "毎週月水金 10:00–15:00");
	}
}
