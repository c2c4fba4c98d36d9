package jp.kasane.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.kasane.support.Api;
import jp.kasane.support.Api.Response;
import jp.kasane.support.PageSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The participation journey through the API: no proposals without a 参加支援 支援決定, then ranked
 * proposals with reasons, a placement through 体験 and 利用中 with three 定着支援 follow-ups, 謝礼 only
 * once the host hosts, and an end that leaves a つながり続ける schedule; who may see it; bad input.
 */
class ParticipationApiTest extends ParticipationTestSupport {

	@Test
	void fromDecisionToKeepInTouch() {
		Api sanka = api("sanka");
		String area = "テスト圏域" + uniqueKana();
		String host = newHost(sanka, "テスト牧場" + uniqueKana(), "FARM", area);
		String walk = newMenu(sanka, host, "ヤギの散歩", List.of("ANIMALS", "OUTDOOR"), List.of("TUESDAY", "THURSDAY"), area, 1);
		String desk = newMenu(sanka, host, "牧場の受付", List.of("ANIMALS"), List.of("THURSDAY"), area, 2);
		PersonOnCase p = personInPlanning("参加", "一郎");
		String base = "/api/v1/participation/people/" + p.person();

		Response needs = sanka.put(base + "/needs", Api.complete(ParticipationForms.NeedsForm.class, Map.of("interests", List.of("ANIMALS", "OUTDOOR"), "area", area,
				"days", List.of("TUESDAY", "THURSDAY"), "notes", "動物が好き。午前中なら出られる")));
		assertThat(needs.status()).as(needs.body()).isEqualTo(200);

		// No 参加支援 支援決定 yet: neither proposals nor placements.
		Response refused = sanka.get(base + "/proposals");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.code()).isEqualTo("PARTICIPATION_DECISION_REQUIRED");
		assertThat(refused.json().path("detail").asString()).contains("支援決定");
		assertThat(sanka.post(base + "/placements", Map.of("menuId", walk, "startOn", today().toString())).code())
			.isEqualTo("PARTICIPATION_DECISION_REQUIRED");
		assertThat(sanka.get(base).json().path("placements").size()).isZero();

		decideParticipation(p.caseId());

		Response proposals = sanka.get(base + "/proposals");
		assertThat(proposals.status()).as(proposals.body()).isEqualTo(200);
		assertThat(proposals.json().path("decision").path("earlyStart").asBoolean()).as("decided before the plan").isTrue();
		JsonNode first = proposals.json().path("proposals").path(0);
		assertThat(first.path("rank").asInt()).isEqualTo(1);
		assertThat(first.path("menu").path("id").asString()).isEqualTo(walk);
		assertThat(strings(first.path("reasons"))).containsExactly("希望に合う：屋外作業、動物", "曜日が合う：火・木",
				"同じ日常生活圏域（" + area + "）", "空き 1/1");
		JsonNode second = proposals.json().path("proposals").path(1);
		assertThat(second.path("menu").path("id").asString()).isEqualTo(desk);
		assertThat(strings(second.path("reasons"))).containsExactly("希望に合う：動物", "曜日が合う：木", "同じ日常生活圏域（" + area + "）",
				"空き 2/2");

		// The worker chooses: 提案 with a start date, marked as resting on an early start.
		Response placed = sanka.post(base + "/placements", Map.of("menuId", walk, "startOn", today().toString()));
		assertThat(placed.status()).as(placed.body()).isEqualTo(201);
		String placement = placed.json().path("id").asString();
		assertThat(placed.json().path("status").asString()).isEqualTo("PROPOSED");
		assertThat(placed.json().path("earlyStart").asBoolean()).isTrue();
		assertThat(sanka.post(base + "/placements", Map.of("menuId", walk, "startOn", today().toString())).code())
			.isEqualTo("PLACEMENT_EXISTS");

		String pl = "/api/v1/participation/placements/" + placement;
		Response trial = sanka.post(pl + "/status", Map.of("status", "TRIAL", "on", today().toString(), "version", 0));
		assertThat(trial.status()).as(trial.body()).isEqualTo(200);
		assertThat(trial.json().path("followUps").size()).as("no 定着支援 before 利用中").isZero();

		// The one place of the menu is taken: it is full now, and never proposed first.
		JsonNode after = sanka.get(base + "/proposals").json().path("proposals");
		assertThat(after.path(0).path("menu").path("id").asString()).isEqualTo(desk);
		JsonNode full = find(after, walk);
		assertThat(full.path("available").asBoolean()).isFalse();
		assertThat(full.path("caution").asString()).isEqualTo("満員");
		assertThat(strings(full.path("reasons"))).contains("満員（1/1）");
		assertThat(full.path("rank").asInt()).isGreaterThan(after.path(0).path("rank").asInt());
		for (JsonNode proposal : after) {
			if (proposal.path("available").asBoolean()) {
				assertThat(proposal.path("rank").asInt()).as("every available menu ranks before the full one")
					.isLessThan(full.path("rank").asInt());
			}
		}

		// No 謝礼 while the person is only trying the place.
		Map<String, Object> honorarium = Map.of("amountYen", 3000, "periodFrom", today().toString(), "periodTo",
				today().toString(), "basis", "交通費・保険料の実費");
		assertThat(sanka.post(pl + "/honoraria", honorarium).code()).isEqualTo("HONORARIUM_NOT_ALLOWED");

		Response active = sanka.post(pl + "/status", Map.of("status", "ACTIVE", "on", today().toString(), "version", 1));
		assertThat(active.status()).as(active.body()).isEqualTo(200);
		JsonNode followUps = active.json().path("followUps");
		assertThat(followUps.size()).isEqualTo(3);
		assertThat(dates(followUps)).containsExactly(today().plusDays(7).toString(), today().plusDays(30).toString(),
				today().plusDays(90).toString());
		Response due = sanka.get("/api/v1/participation/follow-ups/due?daysAhead=7");
		assertThat(due.status()).as(due.body()).isEqualTo(200);
		assertThat(strings(due.json(), "followUpId"))
			.contains(followUps.path(0).path("id").asString())
			.doesNotContain(followUps.path(1).path("id").asString());

		// Three 定着支援 follow-ups: the person, the host, both.
		String[] withWhom = { "PERSON", "HOST", "BOTH" };
		for (int i = 0; i < 3; i++) {
			Response recorded = sanka.post("/api/v1/participation/follow-ups/" + followUps.path(i).path("id").asString(),
					Map.of("doneOn", today().toString(), "withWhom", withWhom[i], "notes", "様子を聞いた " + i));
			assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
		}
		Response again = sanka.post("/api/v1/participation/follow-ups/" + followUps.path(0).path("id").asString(),
				Map.of("doneOn", today().toString(), "withWhom", "BOTH", "notes", "二度目"));
		assertThat(again.code()).isEqualTo("FOLLOW_UP_CLOSED");

		Response paid = sanka.post(pl + "/honoraria", honorarium);
		assertThat(paid.status()).as(paid.body()).isEqualTo(201);
		assertThat(paid.json().path("honoraria").path(0).path("amountYen").asInt()).isEqualTo(3000);
		Response backwards = sanka.post(pl + "/honoraria", Map.of("amountYen", 3000, "periodFrom", today().toString(),
				"periodTo", today().minusDays(1).toString(), "basis", "実費"));
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.json().path("errors").path(0).path("field").asString()).isEqualTo("periodTo");
		Response beforeStart = sanka.post(pl + "/honoraria", Map.of("amountYen", 3000, "periodFrom",
				today().minusDays(1).toString(), "periodTo", today().toString(), "basis", "実費"));
		assertThat(beforeStart.json().path("errors").path(0).path("field").asString()).isEqualTo("periodFrom");

		Response settled = sanka.post(pl + "/status", Map.of("status", "SETTLED", "on", today().toString(), "version", 2));
		assertThat(settled.json().path("status").asString()).isEqualTo("SETTLED");
		assertThat(sanka.post(pl + "/status", Map.of("status", "TRIAL", "on", today().toString(), "version", 3)).code())
			.isEqualTo("PLACEMENT_INVALID_TRANSITION");
		assertThat(sanka.post(pl + "/end", Map.of("endedOn", today().toString(), "reason", "古い版", "version", 2)).status())
			.as("a stale version is a conflict").isEqualTo(409);

		Response ended = sanka.post(pl + "/end", Map.of("endedOn", today().toString(), "reason", "一般就労に移行", "version", 3));
		assertThat(ended.status()).as(ended.body()).isEqualTo(200);
		assertThat(ended.json().path("status").asString()).isEqualTo("ENDED");
		assertThat(ended.json().path("endReason").asString()).isEqualTo("一般就労に移行");
		List<String> keepInTouch = new ArrayList<>();
		for (JsonNode f : ended.json().path("followUps")) {
			if (f.path("kind").asString().equals("KEEP_IN_TOUCH")) {
				keepInTouch.add(f.path("dueOn").asString());
				assertThat(f.path("state").asString()).isEqualTo("PLANNED");
			}
			else {
				assertThat(f.path("state").asString()).isEqualTo("DONE");
			}
		}
		assertThat(keepInTouch).containsExactly(today().plusMonths(3).toString(), today().plusMonths(6).toString(),
				today().plusMonths(9).toString(), today().plusMonths(12).toString());
		// After the end a host that hosted may still be paid (not HONORARIUM_NOT_ALLOWED), but not twice for the same days.
		Response twice = sanka.post(pl + "/honoraria", honorarium);
		assertThat(twice.status()).as(twice.body()).isEqualTo(409);
		assertThat(twice.code()).isEqualTo("HONORARIUM_ALREADY_RECORDED");
		assertThat(sanka.post(pl + "/end", Map.of("endedOn", today().toString(), "reason", "再度", "version", 4)).code())
			.isEqualTo("PLACEMENT_INVALID_TRANSITION");

		// The menu's place is free again.
		assertThat(sanka.get("/api/v1/participation/menus/" + walk).json().path("placed").asInt()).isZero();

		// Every read and change of the person's participation is in the audit log, with its basis.
		List<String> audited = owner.sql("SELECT DISTINCT record_type FROM audit_entry WHERE person_id = CAST(? AS uuid) AND username = 'sanka'")
			.param(p.person())
			.query(String.class)
			.list();
		assertThat(audited).contains("participation_needs", "participation_proposals", "participation_placement",
				"participation_follow_up");
		assertThat(owner.sql("SELECT DISTINCT basis FROM audit_entry WHERE person_id = CAST(? AS uuid) AND username = 'sanka' AND record_type LIKE 'participation%'")
			.param(p.person()).query(String.class).list()).allMatch(b -> b.startsWith("AGENCY_CONSENT"));
	}

	@Test
	void aFullMenuTakesNobodyElse() {
		Api sanka = api("sanka");
		String area = "満員確認圏域" + uniqueKana();
		String host = newHost(sanka, "満員確認の農家" + uniqueKana(), "FARM", area);
		String menu = newMenu(sanka, host, "一人だけの畑仕事", List.of("PLANTS"), List.of("MONDAY"), area, 1);
		PersonOnCase first = personInPlanning("参加", "先着");
		PersonOnCase second = personInPlanning("参加", "後着");
		for (PersonOnCase p : List.of(first, second)) {
			decideParticipation(p.caseId());
			assertThat(sanka.put("/api/v1/participation/people/" + p.person() + "/needs", Api.complete(ParticipationForms.NeedsForm.class, Map.of("interests", List.of("PLANTS"),
					"area", area, "days", List.of("MONDAY")))).status()).isEqualTo(200);
		}
		// Both are proposed (a proposal takes no place); the first to start the trial takes the only one.
		String a = sanka.post("/api/v1/participation/people/" + first.person() + "/placements", Map.of("menuId", menu, "startOn",
				today().toString())).json().path("id").asString();
		String b = sanka.post("/api/v1/participation/people/" + second.person() + "/placements", Map.of("menuId", menu, "startOn",
				today().toString())).json().path("id").asString();
		assertThat(sanka.post("/api/v1/participation/placements/" + a + "/status", Map.of("status", "TRIAL", "on",
				today().toString(), "version", 0)).status()).isEqualTo(200);
		Response refused = sanka.post("/api/v1/participation/placements/" + b + "/status", Map.of("status", "ACTIVE", "on",
				today().toString(), "version", 0));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.code()).isEqualTo("MENU_FULL");
		assertThat(sanka.post("/api/v1/participation/people/" + second.person() + "/placements", Map.of("menuId", menu,
				"startOn", today().toString())).code()).as("already proposed").isEqualTo("PLACEMENT_EXISTS");
		JsonNode proposals = sanka.get("/api/v1/participation/people/" + second.person() + "/proposals").json().path("proposals");
		JsonNode full = find(proposals, menu);
		assertThat(full.path("caution").asString()).isEqualTo("満員");
		assertThat(proposals.path(0).path("menu").path("id").asString()).isNotEqualTo(menu);

		// Ending the second's proposal leaves no つながり続ける schedule (the person never started there); a new
		// proposal of the full menu is refused.
		Response declined = sanka.post("/api/v1/participation/placements/" + b + "/end", Map.of("endedOn", today().toString(),
				"reason", "本人が別の場を希望", "version", 0));
		assertThat(declined.json().path("followUps").size()).isZero();
		assertThat(sanka.post("/api/v1/participation/people/" + second.person() + "/placements", Map.of("menuId", menu,
				"startOn", today().toString())).code()).isEqualTo("MENU_FULL");
	}

	@Test
	void onlyTheParticipationOperatorNamedInTheConsentAndTheMunicipalitySeeIt() {
		PersonOnCase p = personInPlanning("参加", "見え方");
		decideParticipation(p.caseId());
		String path = "/api/v1/participation/people/" + p.person();
		assertThat(api("sanka").get(path).status()).isEqualTo(200);
		assertThat(api("shiyakusho").get(path).status()).isEqualTo(200);
		// The 地域包括支援センター sees the person (it registered them), but is not the participation operator.
		assertThat(api("hokatsu").get("/api/v1/people/" + p.person()).status()).isEqualTo(200);
		assertThat(api("hokatsu").get(path).status()).isEqualTo(404);
		assertThat(api("kodomo").get(path).status()).isEqualTo(404);
		assertThat(api("kyodo").get(path).status()).isEqualTo(403);
		assertThat(api("hokatsu").get(path + "/proposals").status()).isEqualTo(404);

		// Without a consent naming the participation operator, it does not see the person at all.
		Api hokatsu = api("hokatsu");
		String stranger = register(hokatsu, "参加", "同意なし", "1990-01-01");
		assertThat(api("sanka").get("/api/v1/participation/people/" + stranger).status()).isEqualTo(404);
		assertThat(api("sanka").put("/api/v1/participation/people/" + stranger + "/needs", Api.complete(ParticipationForms.NeedsForm.class, Map.of("area", "北部圏域", "days", List.of("MONDAY")))).status()).isEqualTo(404);
		assertThat(strings(api("sanka").get("/api/v1/participation/follow-ups/due?daysAhead=90").json(), "personId"))
			.doesNotContain(stranger);
	}

	@Test
	void hostsAndMenusAreKeptByTheParticipationOperatorAndTheMunicipality() {
		Response refused = api("hokatsu").post("/api/v1/participation/hosts", Map.of("name", "勝手な登録", "kind", "SHOP",
				"area", "北部圏域"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.code()).isEqualTo("PARTICIPATION_STAFF_ONLY");
		String host = newHost(api("shiyakusho"), "市役所が登録した商店" + uniqueKana(), "SHOP", "南部圏域");
		assertThat(api("hokatsu").get("/api/v1/participation/hosts/" + host).json().path("kind").asString()).isEqualTo("SHOP");

		// The demo town's hosts are there, with menus of every kind.
		JsonNode hosts = api("sanka").get("/api/v1/participation/hosts").json();
		assertThat(strings(hosts, "name")).contains("緑が丘ファーム（高橋農園）", "かさね市立中央図書館", "空き家の学習スペース「ひだまり教室」");
		List<String> kinds = new ArrayList<>();
		hosts.forEach(h -> h.path("menus").forEach(m -> kinds.add(m.path("kind").asString())));
		assertThat(kinds).contains("PARTICIPATION", "WORK", "LEARNING", "HOUSING");

		// Changing a menu needs its version; its capacity cannot fall below the people it hosts.
		Api sanka = api("sanka");
		String menu = newMenu(sanka, host, "店番", List.of("SALES"), List.of("MONDAY"), "南部圏域", 2);
		Map<String, Object> change = new java.util.HashMap<>(Map.of("kind", "WORK", "title", "店番と品出し", "tasks", "品出し",
				"days", List.of("MONDAY", "FRIDAY"), "area", "南部圏域", "capacity", 3, "version", 0));
		Response changed = sanka.put("/api/v1/participation/menus/" + menu, Api.complete(ParticipationForms.MenuForm.class, change));
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(strings(changed.json().path("days"))).containsExactlyInAnyOrder("MONDAY", "FRIDAY");
		assertThat(sanka.put("/api/v1/participation/menus/" + menu, Api.complete(ParticipationForms.MenuForm.class, change)).status()).as("stale version").isEqualTo(409);
	}

	@Test
	void badInputIsRefusedNamingTheField() {
		Api sanka = api("sanka");
		Response noName = sanka.post("/api/v1/participation/hosts", Map.of("kind", "FARM", "area", "北部圏域"));
		assertThat(noName.status()).isEqualTo(400);
		assertThat(noName.contentType()).startsWith("application/problem+json");
		assertThat(fields(noName)).contains("name");
		assertThat(noName.body()).contains("受け入れ先の名称を入力してください");

		String host = newHost(sanka, "入力確認の農家" + uniqueKana(), "FARM", "北部圏域");
		Response noDays = sanka.post("/api/v1/participation/hosts/" + host + "/menus", Map.of("kind", "WORK", "title", "草取り",
				"tasks", "草取り", "days", List.of(), "area", "北部圏域", "capacity", 0));
		assertThat(noDays.status()).isEqualTo(400);
		assertThat(fields(noDays)).contains("days", "capacity");
		Response badDay = sanka.post("/api/v1/participation/hosts/" + host + "/menus", Map.of("kind", "WORK", "title", "草取り",
				"tasks", "草取り", "days", List.of("FUNDAY"), "area", "北部圏域", "capacity", 1));
		assertThat(badDay.status()).isEqualTo(400);
		Response markup = sanka.post("/api/v1/participation/hosts", Map.of("name", "<script>x</script>", "kind", "FARM",
				"area", "北部圏域"));
		assertThat(fields(markup)).contains("name");

		PersonOnCase p = personInPlanning("参加", "入力");
		Response noArea = sanka.put("/api/v1/participation/people/" + p.person() + "/needs", Api.complete(ParticipationForms.NeedsForm.class, Map.of("days", List.of())));
		assertThat(noArea.status()).isEqualTo(400);
		assertThat(fields(noArea)).contains("area", "days");
		decideParticipation(p.caseId());
		Response noNeeds = sanka.get("/api/v1/participation/people/" + p.person() + "/proposals");
		assertThat(noNeeds.code()).isEqualTo("PARTICIPATION_NEEDS_REQUIRED");
		Response noMenu = sanka.post("/api/v1/participation/people/" + p.person() + "/placements",
				Map.of("menuId", java.util.UUID.randomUUID().toString(), "startOn", today().toString()));
		assertThat(noMenu.status()).isEqualTo(400);
		assertThat(fields(noMenu)).containsExactly("menuId");
		Response badDate = sanka.post("/api/v1/participation/people/" + p.person() + "/placements",
				Map.of("menuId", java.util.UUID.randomUUID().toString(), "startOn", "2026-13-45"));
		assertThat(badDate.status()).isEqualTo(400);

		// The page says it in Japanese beside the form.
		PageSession pages = pages("sanka");
		pages.get("/participation/people/" + p.person());
		PageSession.Page answer = pages.submit("/participation/people/" + p.person() + "/needs", Map.of("area", "北部圏域"));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("通える曜日を1つ以上選んでください");
		PageSession.Page hostPage = pages.submit("/participation/hosts", Map.of("kind", "FARM", "area", "北部圏域", "name", ""));
		assertThat(hostPage.body()).contains("受け入れ先の名称を入力してください");
	}

	private static JsonNode find(JsonNode proposals, String menu) {
		for (JsonNode p : proposals) {
			if (p.path("menu").path("id").asString().equals(menu)) {
				return p;
			}
		}
		throw new AssertionError("menu " + menu + " not proposed");
	}

	private static List<String> strings(JsonNode array) {
		List<String> out = new ArrayList<>();
		array.forEach(n -> out.add(n.asString()));
		return out;
	}

	private static List<String> strings(JsonNode array, String field) {
		List<String> out = new ArrayList<>();
		array.forEach(n -> out.add(n.path(field).asString()));
		return out;
	}

	private static List<String> dates(JsonNode followUps) {
		return strings(followUps, "dueOn");
	}

	private static List<String> fields(Response response) {
		return strings(response.json().path("errors"), "field");
	}
}
