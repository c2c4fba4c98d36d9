package jp.kasane.network;

import static jp.kasane.network.NetworkPlatformTest.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.kasane.IntegrationTest;
import jp.kasane.organization.Agency;
import jp.kasane.organization.AgencyForm;
import jp.kasane.organization.AgencyKind;
import jp.kasane.organization.OrganizationManagement;
import jp.kasane.organization.TenantKind;
import jp.kasane.organization.UserForm;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.Field;
import jp.kasane.shared.FiscalYear;
import jp.kasane.shared.MunicipalityCode;
import jp.kasane.shared.Role;
import jp.kasane.support.Api;
import jp.kasane.support.Api.Response;
import jp.kasane.support.AsActor;
import jp.kasane.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Editing the network records after creation, over the API and the pages: each edit path succeeds,
 * refuses a stale version (409 STALE_VERSION), names the bad field (400), refuses a role that may not
 * change the records (403) and a tenant that does not own them (404), and keeps the rules at their
 * boundaries — the 参画法人数 of the subsidy answer counts only those taking part today, a participant
 * in a 人事交流 stays a corporation, a member that left runs nothing from that day, and a year run in
 * designated areas keeps at least two running areas.
 */
class NetworkEditTest extends IntegrationTest {

	private static final LocalDate TODAY = LocalDate.now();
	private static final FiscalYear YEAR = FiscalYear.of(TODAY);
	private static final FiscalYear LAST = new FiscalYear(YEAR.year() - 1);

	@Autowired
	OrganizationManagement organization;

	// --- platforms and participants

	@Test
	void aPlatformIsCorrectedWithItsVersionAndItsStartStaysBeforeItsFirstSubsidyYear() {
		Api city = api("shiyakusho");
		String id = platform(city, "編集テスト " + uniqueKana());
		String path = "/api/v1/network/platforms/" + id;
		Response edited = city.put(path, editPlatform("編集後の名称", "かさね市", "CITY", "市全域", LAST.start(), 0));
		assertThat(edited.status()).as(edited.body()).isEqualTo(200);
		assertThat(edited.json().path("name").asString()).isEqualTo("編集後の名称");
		assertThat(edited.json().path("bodyKind").asString()).isEqualTo("CITY");
		assertThat(edited.json().path("startedOn").asString()).isEqualTo(LAST.start().toString());
		assertThat(edited.json().path("version").asInt()).isEqualTo(1);

		Response stale = city.put(path, editPlatform("上書き", "かさね市", "CITY", "市全域", LAST.start(), 0));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.code()).isEqualTo("STALE_VERSION");
		assertThat(city.get(path).json().path("name").asString()).as("the stale edit changed nothing").isEqualTo("編集後の名称");

		assertField(city.put(path, editPlatform("", "かさね市", "CITY", "市全域", LAST.start(), 1)), "name");
		assertField(city.put(path, editPlatform("名称", "かさね市", "CITY", "市全域", TODAY.plusDays(1), 1)), "startedOn");
		Map<String, Object> noVersion = editPlatform("名称", "かさね市", "CITY", "市全域", LAST.start(), 1);
		noVersion.remove("version");
		assertField(city.put(path, noVersion), "version");
		Map<String, Object> badKind = editPlatform("名称", "かさね市", "TOWN", "市全域", LAST.start(), 1);
		Response wrongEnum = city.put(path, badKind);
		assertThat(wrongEnum.status()).isEqualTo(400);
		assertThat(wrongEnum.body()).contains("bodyKind");

		// Subsidy received for last year: the start may be on its last day (3月31日), not the day after.
		assertThat(subsidy(city, id, LAST.year()).status()).isEqualTo(200);
		assertField(city.put(path, editPlatform("名称", "かさね市", "CITY", "市全域", YEAR.start(), 1)), "startedOn");
		Response lastDay = city.put(path, editPlatform("名称", "かさね市", "CITY", "市全域", LAST.end(), 1));
		assertThat(lastDay.status()).as(lastDay.body()).isEqualTo(200);

		for (String login : new String[] { "hokatsu", "kyodo", "kansa" }) {
			assertThat(api(login).put(path, editPlatform("x", "x", "CITY", "x", LAST.start(), 2)).status()).as(login).isEqualTo(403);
		}

		// Converted to a 連携推進法人 on the first day of this year: the start stays on or before it, and an edit does
		// not bring the subsidy back.
		Response converted = city.post(path + "/conversion", Map.of("convertedOn", YEAR.start().toString(), "renkeiName",
				"社会福祉連携推進法人へんしゅう", "setupSupportThousandYen", 1000, "version", 2));
		assertThat(converted.status()).as(converted.body()).isEqualTo(200);
		int version = converted.json().path("version").asInt();
		assertField(city.put(path, editPlatform("名称", "かさね市", "CITY", "市全域", YEAR.start().plusDays(1), version)),
				"startedOn");
		Response afterConversion = city.put(path, editPlatform("移行後に直した名称", "かさね市", "CITY", "市全域", LAST.end(), version));
		assertThat(afterConversion.status()).as(afterConversion.body()).isEqualTo(200);
		assertThat(afterConversion.json().path("convertedOn").asString()).isEqualTo(YEAR.start().toString());
		assertThat(afterConversion.json().path("subsidyFacts").path("convertedToRenkeiSuishinHojin").asBoolean()).isTrue();
		Response next = subsidy(city, id, YEAR.year() + 1);
		assertThat(next.status()).isEqualTo(422);
		assertThat(next.code()).isEqualTo("PLATFORM_CONVERTED");
		assertThat(city.put("/api/v1/network/platforms/" + UUID.randomUUID(), Api.complete(NetworkForms.EditPlatform.class, editPlatform("x", "x", "CITY", "x", LAST.start(), 0)))
			.status()).isEqualTo(404);
	}

	@Test
	void participantsAreCorrectedAndTheSubsidyAnswerCountsOnlyThoseTakingPartToday() {
		Api chiiki = api("chiiki");
		String id = platform(chiiki, "参画法人の編集 " + uniqueKana());
		for (int i = 1; i <= 6; i++) {
			participant(chiiki, id, "社会福祉法人編集" + i, "SOCIAL_WELFARE_CORPORATION", i == 1);
		}
		JsonNode participants = chiiki.get("/api/v1/network/platforms/" + id).json().path("participants");
		String first = participants.path(0).path("id").asString();
		String sixth = participants.path(5).path("id").asString();
		String second = participants.path(1).path("id").asString();
		JsonNode platform = chiiki.get("/api/v1/network/platforms/" + id).json();
		assertThat(platform.path("subsidyFacts").path("participants").asInt()).isEqualTo(6);
		assertThat(platform.path("participantsCountedOn").asString()).isEqualTo(TODAY.toString());
		assertThat(pages("chiiki").get("/network/platforms/" + id).body()).contains("基準額 2500千円",
				TODAY + " 時点で参画している法人");

		// Correct the first: another kind of corporation, not small any more.
		String path = "/api/v1/network/participants/" + first;
		Response edited = chiiki.put(path, editParticipant("NPO法人へんしゅう", "NPO", false, YEAR.start(), 0));
		assertThat(edited.status()).as(edited.body()).isEqualTo(200);
		JsonNode row = byId(edited.json().path("participants"), first);
		assertThat(row.path("name").asString()).isEqualTo("NPO法人へんしゅう");
		assertThat(row.path("kind").asString()).isEqualTo("NPO");
		assertThat(row.path("small").asBoolean()).isFalse();
		assertThat(row.path("version").asInt()).isEqualTo(1);
		assertThat(edited.json().path("smallCorporations").asInt()).isZero();
		assertThat(chiiki.put(path, editParticipant("古い版", "NPO", false, YEAR.start(), 0)).code()).isEqualTo("STALE_VERSION");
		assertField(chiiki.put(path, editParticipant("", "NPO", false, YEAR.start(), 1)), "name");
		assertField(chiiki.put(path, editParticipant("x", "NPO", false, TODAY.plusDays(1), 1)), "joinedOn");
		assertField(chiiki.put(path, editParticipant("x", null, false, YEAR.start(), 1)), "kind");
		assertThat(api("outreach").put(path, editParticipant("x", "NPO", false, YEAR.start(), 1)).status()).isEqualTo(403);

		// A participant named in a 人事交流 stays a corporation: another corporation kind is fine, a school is not.
		Response exchange = chiiki.post("/api/v1/network/platforms/" + id + "/activities", Map.of("kind", "WORKFORCE",
				"workforceKind", "PERSONNEL_EXCHANGE", "title", "人事交流", "heldOn", TODAY.toString(), "leadId", second,
				"partnerId", sixth));
		assertThat(exchange.status()).as(exchange.body()).isEqualTo(201);
		String secondPath = "/api/v1/network/participants/" + second;
		Response school = chiiki.put(secondPath, editParticipant("専門学校へんしゅう", "TRAINING_INSTITUTION", false, YEAR.start(), 0));
		assertThat(school.status()).isEqualTo(422);
		assertThat(school.code()).isEqualTo("PARTICIPANT_IN_USE");
		assertThat(chiiki.put(secondPath, editParticipant("株式会社へんしゅう", "FOR_PROFIT", false, YEAR.start(), 0)).status())
			.isEqualTo(200);
		// The first is in no exchange: it may become a body outside welfare services, and is no longer counted.
		Response hospital = chiiki.put(path, editParticipant("へんしゅう病院", "MEDICAL_INSTITUTION", false, YEAR.start(), 1));
		assertThat(hospital.status()).as(hospital.body()).isEqualTo(200);
		assertThat(hospital.json().path("subsidyFacts").path("participants").asInt()).isEqualTo(5);
		assertThat(hospital.json().path("nonWelfareParticipants").asInt()).isEqualTo(1);
		Response back = chiiki.put(path, editParticipant("NPO法人へんしゅう", "NPO", false, YEAR.start(), 2));
		assertThat(back.json().path("subsidyFacts").path("participants").asInt()).isEqualTo(6);

		// The sixth leaves today: kept with its leaving day, not counted from today; the answer drops to ≤5.
		String leave = "/api/v1/network/participants/" + sixth + "/leave";
		assertThat(chiiki.post(leave, Map.of("leftOn", TODAY.toString(), "version", 7)).code()).isEqualTo("STALE_VERSION");
		assertField(chiiki.post(leave, Map.of("leftOn", "yesterday", "version", 0)), "leftOn");
		Response left = chiiki.post(leave, Map.of("leftOn", TODAY.toString(), "version", 0));
		assertThat(left.status()).as(left.body()).isEqualTo(200);
		assertThat(left.json().path("participants").size()).as("history kept").isEqualTo(6);
		assertThat(byId(left.json().path("participants"), sixth).path("leftOn").asString()).isEqualTo(TODAY.toString());
		assertThat(left.json().path("subsidyFacts").path("participants").asInt()).isEqualTo(5);
		assertThat(chiiki.post(leave, Map.of("leftOn", TODAY.toString())).code()).isEqualTo("PARTICIPANT_LEFT");
		String page = pages("kodomo").get("/network/platforms/" + id).body();
		assertThat(page).contains("基準額 1500千円", TODAY + " 脱退");
		// A participant of last year that left on 3月31日: its joining day may move up to that day, not past it.
		Response old = chiiki.post("/api/v1/network/platforms/" + id + "/participants", Map.of("name", "社会福祉法人きょねん",
				"kind", "SOCIAL_WELFARE_CORPORATION", "joinedOn", LAST.start().toString()));
		String lastYear = old.json().path("participants").path(0).path("id").asString();
		assertThat(byId(old.json().path("participants"), lastYear).path("name").asString()).isEqualTo("社会福祉法人きょねん");
		assertThat(chiiki.post("/api/v1/network/participants/" + lastYear + "/leave", Map.of("leftOn", LAST.end().toString(),
				"version", 0)).status()).isEqualTo(200);
		assertField(chiiki.put("/api/v1/network/participants/" + lastYear, Api.complete(NetworkForms.EditParticipant.class, editParticipant("社会福祉法人きょねん",
				"SOCIAL_WELFARE_CORPORATION", false, YEAR.start(), 1))), "joinedOn");
		Response onTheDay = chiiki.put("/api/v1/network/participants/" + lastYear, Api.complete(NetworkForms.EditParticipant.class, editParticipant("社会福祉法人きょねん",
				"SOCIAL_WELFARE_CORPORATION", false, LAST.end(), 1)));
		assertThat(onTheDay.status()).as(onTheDay.body()).isEqualTo(200);
		assertThat(onTheDay.json().path("subsidyFacts").path("participants").asInt()).as("it left before today").isEqualTo(5);
	}

	@Test
	void theParticipantPageFormsKeepWhatWasTypedOnAStaleVersionOrABadDate() {
		Api city = api("shiyakusho");
		String id = platform(city, "ページ編集 " + uniqueKana());
		String p = participant(city, id, "社会福祉法人ページ編集", "SOCIAL_WELFARE_CORPORATION", true).json().path("participants")
			.path(0).path("id").asString();
		PageSession chiiki = pages("chiiki");
		String form = chiiki.get("/network/platforms/" + id + "?participant=" + p).body();
		assertThat(form).contains("id=\"participant-edit-form\"", "「社会福祉法人ページ編集」を直す", "脱退を記録する");
		// Someone else saves first.
		assertThat(city.put("/api/v1/network/participants/" + p, Api.complete(NetworkForms.EditParticipant.class, editParticipant("社会福祉法人ほかの人", "SOCIAL_WELFARE_CORPORATION",
				true, YEAR.start(), 0))).status()).isEqualTo(200);
		PageSession.Page stale = chiiki.post("/network/platforms/" + id + "/participants/" + p, Map.of("name", "わたしの入力",
				"kind", "NPO", "joinedOn", YEAR.start().toString(), "version", "0"));
		assertThat(stale.status()).isEqualTo(200);
		assertThat(stale.body()).contains("他の人が先に更新しました", "value=\"わたしの入力\"", "社会福祉法人ほかの人");
		PageSession.Page future = chiiki.post("/network/platforms/" + id + "/participants/" + p + "/leave",
				Map.of("leftOn", TODAY.plusDays(1).toString(), "version", "1"));
		assertThat(future.status()).isEqualTo(200);
		assertThat(future.body()).contains("脱退日に未来の日付は入力できません", "value=\"" + TODAY.plusDays(1) + "\"");
		PageSession.Page left = chiiki.submit("/network/platforms/" + id + "/participants/" + p + "/leave",
				Map.of("leftOn", TODAY.toString(), "version", "1"));
		assertThat(left.body()).contains("脱退を記録しました", TODAY + " 脱退");
		PageSession.Page platformEdit = chiiki.post("/network/platforms/" + id, Map.of("name", "", "implementingBody", "東京都",
				"bodyKind", "PREFECTURE", "area", "かさね圏域", "startedOn", YEAR.start().toString(), "version", "0"));
		assertThat(platformEdit.body()).contains("プラットフォームの名称を入力してください", "value=\"かさね圏域\"");
		PageSession hokatsu = pages("hokatsu");
		assertThat(hokatsu.get("/network/platforms/" + id + "?participant=" + p).body()).contains("社会福祉法人ほかの人")
			.doesNotContain("participant-edit-form");
		assertThat(hokatsu.post("/network/platforms/" + id + "/participants/" + p, Map.of("name", "x", "kind", "NPO",
				"joinedOn", YEAR.start().toString(), "version", "2")).status()).isEqualTo(403);
	}

	// --- 連絡会 and members

	@Test
	void councilsAndMembersAreCorrectedAndAMemberLeavesOnADay() {
		Api chiiki = api("chiiki");
		String name = "編集テスト連絡会 " + uniqueKana();
		LocalDate founded = TODAY.minusYears(2);
		Response created = chiiki.post("/api/v1/network/councils", Map.of("name", name, "level", "CITY",
				"secretariat", "かさね市社会福祉協議会", "foundedOn", founded.toString()));
		String id = created.json().path("id").asString();
		String path = "/api/v1/network/councils/" + id;
		Response edited = chiiki.put(path, editCouncil(name + "（改称）", "DAILY_LIFE_AREA", founded, 0));
		assertThat(edited.status()).as(edited.body()).isEqualTo(200);
		assertThat(edited.json().path("name").asString()).endsWith("（改称）");
		assertThat(edited.json().path("level").asString()).isEqualTo("DAILY_LIFE_AREA");
		assertThat(chiiki.put(path, editCouncil(name, "CITY", founded, 0)).code()).isEqualTo("STALE_VERSION");
		assertField(chiiki.put(path, editCouncil(name, "CITY", TODAY.plusDays(1), 1)), "foundedOn");
		assertField(chiiki.put(path, editCouncil(" ", "CITY", founded, 1)), "name");
		assertThat(api("kodomo").put(path, editCouncil(name, "CITY", founded, 1)).status()).isEqualTo(403);

		String a = member(chiiki, id, "社会福祉法人へんしゅう会");
		String b = member(chiiki, id, "特養へんしゅうの里");
		String memberPath = "/api/v1/network/council-members/" + a;
		Response member = chiiki.put(memberPath, Api.complete(NetworkForms.EditCouncilMember.class, Map.of("name", "社会福祉法人へんしゅう福祉会", "kind", "SOCIAL_WELFARE_CORPORATION",
				"version", 0)));
		assertThat(member.status()).as(member.body()).isEqualTo(200);
		assertThat(byId(member.json().path("members"), a).path("name").asString()).isEqualTo("社会福祉法人へんしゅう福祉会");
		assertThat(chiiki.put(memberPath, Api.complete(NetworkForms.EditCouncilMember.class, Map.of("name", "古い", "kind", "NPO", "version", 0))).code()).isEqualTo("STALE_VERSION");
		assertField(chiiki.put(memberPath, Api.complete(NetworkForms.EditCouncilMember.class, Map.of("name", "x", "version", 1))), "kind");
		assertField(chiiki.put(memberPath, Api.complete(NetworkForms.EditCouncilMember.class, Map.of("name", "<script>x</script>", "kind", "NPO", "version", 1))), "name");
		assertThat(api("hokatsu").put(memberPath, Api.complete(NetworkForms.EditCouncilMember.class, Map.of("name", "x", "kind", "NPO", "version", 1))).status()).isEqualTo(403);

		// b leaves: not before the council was founded, not in the future; then kept, marked, not counted.
		String leave = "/api/v1/network/council-members/" + b + "/leave";
		assertField(chiiki.post(leave, Map.of("leftOn", founded.minusDays(1).toString(), "version", 0)), "leftOn");
		assertField(chiiki.post(leave, Map.of("leftOn", TODAY.plusDays(1).toString(), "version", 0)), "leftOn");
		assertThat(chiiki.post(leave, Map.of("leftOn", TODAY.toString(), "version", 3)).code()).isEqualTo("STALE_VERSION");
		assertThat(api("kyodo").post(leave, Map.of("leftOn", TODAY.toString())).status()).isEqualTo(403);
		LocalDate leftOn = TODAY.minusDays(10);
		Response left = chiiki.post(leave, Map.of("leftOn", leftOn.toString(), "version", 0));
		assertThat(left.status()).as(left.body()).isEqualTo(200);
		assertThat(left.json().path("members").size()).as("history kept").isEqualTo(2);
		assertThat(byId(left.json().path("members"), b).path("leftOn").asString()).isEqualTo(leftOn.toString());
		Response twice = chiiki.post(leave, Map.of("leftOn", TODAY.toString()));
		assertThat(twice.status()).isEqualTo(422);
		assertThat(twice.code()).isEqualTo("MEMBER_LEFT");
		JsonNode summary = null;
		for (JsonNode c : chiiki.get("/api/v1/network/councils").json()) {
			if (c.path("id").asString().equals(id)) {
				summary = c;
			}
		}
		assertThat(summary).isNotNull();
		assertThat(summary.path("members").asInt()).as("only current members").isEqualTo(1);

		// What b did before it left can be recorded; from the day it left it runs nothing, alone or jointly.
		String activities = path + "/activities";
		assertThat(chiiki.post(activities, Map.of("kind", "PUBLIC_INTEREST", "title", "退会前の取組", "member", b,
				"datedOn", leftOn.minusDays(1).toString())).status()).isEqualTo(201);
		assertField(chiiki.post(activities, Map.of("kind", "PUBLIC_INTEREST", "title", "退会日の取組", "member", b,
				"datedOn", leftOn.toString())), "member");
		assertField(chiiki.post(activities, Map.of("kind", "PUBLIC_INTEREST", "title", "共同", "member", a,
				"partners", List.of(b), "datedOn", TODAY.toString())), "partners");
		assertThat(chiiki.post(activities, Map.of("kind", "PUBLIC_INTEREST", "title", "aだけ", "member", a,
				"datedOn", TODAY.toString())).status()).isEqualTo(201);

		PageSession city = pages("shiyakusho");
		String page = city.get("/network/councils/" + id + "?member=" + b).body();
		assertThat(page).contains(leftOn + " 退会", "に退会しています（記録は残ります）").doesNotContain("id=\"member-leave-form\"");
		PageSession.Page bad = city.post("/network/councils/" + id + "/members/" + a, Map.of("name", "", "kind", "NPO",
				"corporation", "入力した運営法人", "version", "1"));
		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.body()).contains("法人・施設の名称を入力してください", "value=\"入力した運営法人\"");
		PageSession.Page staleCouncil = city.post("/network/councils/" + id, Map.of("name", "わたしの改称", "level", "CITY",
				"secretariat", "社協", "version", "0"));
		assertThat(staleCouncil.body()).contains("他の人が先に更新しました", "value=\"わたしの改称\"");
		assertThat(city.submit("/network/councils/" + id, Map.of("name", name + "（ページ）", "level", "CITY", "secretariat", "社協",
				"foundedOn", founded.toString(), "version", "1")).body()).contains("連絡会の情報を更新しました", name + "（ページ）");
		assertThat(city.submit("/network/councils/" + id + "/members/" + a, Map.of("name", "社会福祉法人ページで直した",
				"kind", "SOCIAL_WELFARE_CORPORATION", "version", "1")).body()).contains("会員「社会福祉法人ページで直した」を更新しました");
		PageSession.Page memberLeft = city.submit("/network/councils/" + id + "/members/" + a + "/leave", Map.of("leftOn",
				TODAY.toString(), "version", "2"));
		assertThat(memberLeft.body()).contains("退会を記録しました（" + TODAY + "）", TODAY + " 退会");
	}

	// --- 地域力強化: areas and 推進員

	@Test
	void endingAnAreaKeepsTwoRunningAreasWhenOnlyPartOfTheTownIsCovered() {
		Api chiiki = api("chiiki");
		int fy = 2018;
		Response year = chiiki.post("/api/v1/network/regional/years", Map.of("fiscalYear", fy, "wholeMunicipality", false,
				"areas", List.of(Map.of("name", "東小学校区"), Map.of("name", "西小学校区"), Map.of("name", "中央小学校区"))));
		assertThat(year.status()).as(year.body()).isEqualTo(201);
		String east = area(year.json(), "東小学校区");
		String west = area(year.json(), "西小学校区");
		String end = "/api/v1/network/regional/areas/" + east + "/end";
		assertField(chiiki.post(end, Map.of("endedOn", "2018-03-31", "version", 0)), "endedOn");
		assertField(chiiki.post(end, Map.of("endedOn", "2019-04-01", "version", 0)), "endedOn");
		assertField(chiiki.post(end, Map.of("version", 0)), "endedOn");
		assertThat(chiiki.post(end, Map.of("endedOn", "2018-09-30", "version", 5)).code()).isEqualTo("STALE_VERSION");
		assertThat(api("hokatsu").post(end, Map.of("endedOn", "2018-09-30", "version", 0)).status()).isEqualTo(403);
		Response ended = chiiki.post(end, Map.of("endedOn", "2018-09-30", "version", 0));
		assertThat(ended.status()).as(ended.body()).isEqualTo(200);
		assertThat(ended.json().path("areas").size()).as("history kept").isEqualTo(3);
		assertThat(ended.json().path("runningAreas").findValuesAsString("name")).containsExactlyInAnyOrder("西小学校区", "中央小学校区");
		assertThat(chiiki.post(end, Map.of("endedOn", "2018-10-31", "version", 1)).code()).isEqualTo("AREA_ENDED");
		// Two running: ending one more would leave one.
		Response tooFew = chiiki.post("/api/v1/network/regional/areas/" + west + "/end", Map.of("endedOn", "2018-12-01",
				"version", 0));
		assertThat(tooFew.status()).isEqualTo(422);
		assertThat(tooFew.code()).isEqualTo("REGIONAL_AREAS_TOO_FEW");
		assertThat(tooFew.json().path("detail").asString()).contains("西小学校区", "2地域以上");
		assertThat(chiiki.get("/api/v1/network/regional/years/" + fy).json().path("runningAreas").size()).isEqualTo(2);

		// Correcting an area: its name, operator and hub; a name the year already has is refused.
		String areaPath = "/api/v1/network/regional/areas/" + west;
		Response renamed = chiiki.put(areaPath, Api.complete(NetworkForms.EditArea.class, Map.of("name", "西小学校区（西町を含む）", "operator", "西地区社協", "hub", "西町会館",
				"version", 0)));
		assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
		assertThat(renamed.json().path("areas").findValuesAsString("hub")).contains("西町会館");
		assertThat(chiiki.put(areaPath, Api.complete(NetworkForms.EditArea.class, Map.of("name", "西", "version", 0))).code()).isEqualTo("STALE_VERSION");
		assertField(chiiki.put(areaPath, Api.complete(NetworkForms.EditArea.class, Map.of("name", "中央小学校区", "version", 1))), "name");
		assertField(chiiki.put(areaPath, Api.complete(NetworkForms.EditArea.class, Map.of("name", "", "version", 1))), "name");
		assertThat(api("kyodo").put(areaPath, Api.complete(NetworkForms.EditArea.class, Map.of("name", "x", "version", 1))).status()).isEqualTo(403);
	}

	@Test
	void anEndedAreaNoLongerCountsWhenTheCoverageChanges() {
		Api city = api("shiyakusho");
		int fy = 2017;
		Response year = city.post("/api/v1/network/regional/years", Map.of("fiscalYear", fy, "wholeMunicipality", true,
				"areas", List.of(Map.of("name", "北拠点"), Map.of("name", "南拠点"))));
		assertThat(year.status()).as(year.body()).isEqualTo(201);
		// The whole town is covered: any area may end.
		Response ended = city.post("/api/v1/network/regional/areas/" + area(year.json(), "北拠点") + "/end",
				Map.of("endedOn", "2017-12-31", "version", 0));
		assertThat(ended.status()).as(ended.body()).isEqualTo(200);
		int version = ended.json().path("version").asInt();
		assertThat(version).as("ending an area changes the year the coverage form saw").isEqualTo(1);
		assertThat(city.put("/api/v1/network/regional/years/" + fy, Api.complete(NetworkForms.Coverage.class, Map.of("wholeMunicipality", false, "version", 0))).code())
			.isEqualTo("STALE_VERSION");
		Response partial = city.put("/api/v1/network/regional/years/" + fy, Api.complete(NetworkForms.Coverage.class, Map.of("wholeMunicipality", false, "version", version)));
		assertThat(partial.status()).isEqualTo(422);
		assertThat(partial.code()).isEqualTo("REGIONAL_AREAS_TOO_FEW");
		assertThat(partial.json().path("detail").asString()).contains("現在 1 地域");

		PageSession chiiki = pages("chiiki");
		String page = chiiki.get("/network/regional?area=" + area(year.json(), "南拠点")).body();
		assertThat(page).contains("地域「南拠点」を直す", "id=\"area-end-form\"", "2017-12-31 終了");
		PageSession.Page bad = chiiki.post("/network/regional/areas/" + area(year.json(), "南拠点") + "/end",
				Map.of("endedOn", "2016-04-01", "version", "0"));
		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.body()).contains("2017-04-01〜2018-03-31）の日付にしてください", "value=\"2016-04-01\"");
		PageSession.Page renamed = chiiki.submit("/network/regional/areas/" + area(year.json(), "南拠点"), Map.of("name",
				"南拠点（南台ふれあいサロン）", "operator", "南台地区社協", "version", "0"));
		assertThat(renamed.body()).contains("地域「南拠点（南台ふれあいサロン）」を更新しました", "南台地区社協");
	}

	@Test
	void aPromoterIsCorrectedAndTheAssignmentEnds() {
		Api chiiki = api("chiiki");
		String name = "推進員 " + uniqueKana();
		LocalDate from = TODAY.minusMonths(6);
		Response created = chiiki.post("/api/v1/network/regional/promoters", Map.of("name", name, "qualification", "社会福祉士",
				"placedAt", "かさね市重層的支援推進センター", "fromDate", from.toString()));
		String id = created.json().path("id").asString();
		String path = "/api/v1/network/regional/promoters/" + id;
		Response ended = chiiki.put(path, editPromoter(name, "社会福祉士・精神保健福祉士", from, TODAY.minusDays(1), 0));
		assertThat(ended.status()).as(ended.body()).isEqualTo(200);
		assertThat(ended.json().path("active").asBoolean()).as("the assignment ended yesterday").isFalse();
		assertThat(ended.json().path("qualification").asString()).isEqualTo("社会福祉士・精神保健福祉士");
		assertThat(chiiki.put(path, editPromoter(name, "x", from, null, 0)).code()).isEqualTo("STALE_VERSION");
		assertField(chiiki.put(path, editPromoter(name, "x", from, from.minusDays(1), 1)), "untilDate");
		assertField(chiiki.put(path, editPromoter("", "x", from, null, 1)), "name");
		assertThat(chiiki.put(path, editPromoter(name, "社会福祉士", from, from, 1)).json().path("untilDate").asString())
			.as("one day of assignment is a boundary that holds").isEqualTo(from.toString());
		assertThat(api("outreach").put(path, editPromoter(name, "x", from, null, 2)).status()).isEqualTo(403);
		assertThat(api("outreach").get(path).json().path("name").asString()).as("everyone reads").isEqualTo(name);

		PageSession city = pages("shiyakusho");
		assertThat(city.get("/network/regional?promoter=" + id).body()).contains("id=\"promoter-edit-form\"");
		PageSession.Page bad = city.post("/network/regional/promoters/" + id, Map.of("name", name, "qualification", "入力した資格",
				"placedAt", "x", "fromDate", from.toString(), "untilDate", from.minusDays(3).toString(), "version", "2"));
		assertThat(bad.body()).contains("配置の終了日は開始日より後にしてください", "value=\"入力した資格\"");
		PageSession.Page saved = city.submit("/network/regional/promoters/" + id, Map.of("name", name, "qualification", "社会福祉士",
				"placedAt", "かさね市北部地域包括支援センター", "fromDate", from.toString(), "untilDate", TODAY.toString(), "version", "2"));
		assertThat(saved.body()).contains("相談支援包括化推進員「" + name + "」を更新しました", "かさね市北部地域包括支援センター");
		assertThat(api("chiiki").get(path).json().path("active").asBoolean()).as("placed until today: still active today").isTrue();
	}

	// --- another municipality

	@Test
	void anotherTenantCannotSeeOrEditTheseRecords() {
		var other = organization.provisionTenant(TenantKind.MUNICIPALITY, "東京都ねっと町（テスト）", MunicipalityCode.parse("139947"));
		AsActor.call(other, new AgencyId(new UUID(0, 0)), Role.SYSTEM_ADMIN, () -> {
			Agency a = organization.createAgency(new AgencyForm("ねっと町福祉課", AgencyKind.MUNICIPAL_DEPARTMENT,
					EnumSet.of(Field.OTHER), null, false, null, null, null, true, null));
			organization.provisionUser(new UserForm("netto-staff", "ねっと 職員", a.id().value(), EnumSet.of(Role.MUNICIPAL_STAFF),
					PASSWORD, true, null));
			return a;
		});
		Api city = api("shiyakusho");
		String id = platform(city, "他の町テスト " + uniqueKana());
		String p = participant(city, id, "社会福祉法人よその町", "NPO", false).json().path("participants").path(0).path("id")
			.asString();
		String council = city.post("/api/v1/network/councils", Map.of("name", "他の町テスト連絡会 " + uniqueKana(), "level", "CITY",
				"secretariat", "社協")).json().path("id").asString();
		String member = member(city, council, "よその会員");
		JsonNode regional = city.get("/api/v1/network/regional").json();
		String area = regional.path("years").findValues("areas").stream().filter(a -> !a.isEmpty()).findFirst().orElseThrow()
			.path(0).path("id").asString();
		String promoter = regional.path("promoters").path(0).path("id").asString();

		Api netto = api("netto-staff");
		assertThat(netto.get("/api/v1/network/platforms/" + id).status()).isEqualTo(404);
		assertThat(netto.put("/api/v1/network/platforms/" + id, Api.complete(NetworkForms.EditPlatform.class, editPlatform("x", "x", "CITY", "x", LAST.start(), 0))).status())
			.isEqualTo(404);
		assertThat(netto.put("/api/v1/network/participants/" + p, Api.complete(NetworkForms.EditParticipant.class, editParticipant("x", "NPO", false, YEAR.start(), 0))).status())
			.isEqualTo(404);
		assertThat(netto.post("/api/v1/network/participants/" + p + "/leave", Map.of("leftOn", TODAY.toString())).status())
			.isEqualTo(404);
		assertThat(netto.put("/api/v1/network/councils/" + council, Api.complete(NetworkForms.EditCouncil.class, editCouncil("x", "CITY", null, 0))).status()).isEqualTo(404);
		assertThat(netto.put("/api/v1/network/council-members/" + member, Api.complete(NetworkForms.EditCouncilMember.class, Map.of("name", "x", "kind", "NPO", "version", 0)))
			.status()).isEqualTo(404);
		assertThat(netto.post("/api/v1/network/council-members/" + member + "/leave", Map.of("leftOn", TODAY.toString()))
			.status()).isEqualTo(404);
		assertThat(netto.put("/api/v1/network/regional/areas/" + area, Api.complete(NetworkForms.EditArea.class, Map.of("name", "x", "version", 0))).status()).isEqualTo(404);
		assertThat(netto.post("/api/v1/network/regional/areas/" + area + "/end", Map.of("endedOn", TODAY.toString(),
				"version", 0)).status()).isEqualTo(404);
		assertThat(netto.put("/api/v1/network/regional/promoters/" + promoter, Api.complete(NetworkForms.EditPromoter.class, editPromoter("x", "x", TODAY, null, 0))).status())
			.isEqualTo(404);
		assertThat(netto.get("/api/v1/network/regional").json().path("promoters").size()).isZero();
		assertThat(city.get("/api/v1/network/platforms/" + id).json().path("participants").path(0).path("name").asString())
			.as("nothing changed at home").isEqualTo("社会福祉法人よその町");
	}

	// ---

	private String platform(Api api, String name) {
		Response created = api.post("/api/v1/network/platforms", Map.of("name", name, "implementingBody", "東京都",
				"bodyKind", "PREFECTURE", "area", "かさね圏域", "startedOn", YEAR.start().toString()));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	private static Response participant(Api api, String platform, String name, String kind, boolean small) {
		Response r = api.post("/api/v1/network/platforms/" + platform + "/participants", Map.of("name", name, "kind", kind,
				"small", small, "joinedOn", YEAR.start().toString()));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r;
	}

	private static Response subsidy(Api api, String platform, int year) {
		return api.post("/api/v1/network/platforms/" + platform + "/subsidy-years", Map.of("fiscalYear", year,
				"amountThousandYen", 1500, "backOfficeAddOn", false, "ictAddOn", false));
	}

	private static String member(Api api, String council, String name) {
		Response r = api.post("/api/v1/network/councils/" + council + "/members", Map.of("name", name, "kind",
				"SOCIAL_WELFARE_CORPORATION"));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		for (JsonNode m : r.json().path("members")) {
			if (m.path("name").asString().equals(name)) {
				return m.path("id").asString();
			}
		}
		throw new AssertionError(name);
	}

	private static String area(JsonNode year, String name) {
		for (JsonNode a : year.path("areas")) {
			if (a.path("name").asString().equals(name)) {
				return a.path("id").asString();
			}
		}
		throw new AssertionError(name + " not in " + year);
	}

	private static JsonNode byId(JsonNode list, String id) {
		for (JsonNode n : list) {
			if (n.path("id").asString().equals(id)) {
				return n;
			}
		}
		throw new AssertionError(id + " not in " + list);
	}

	private static Map<String, Object> editPlatform(String name, String body, String kind, String area, LocalDate startedOn,
			int version) {
		return new HashMap<>(Map.of("name", name, "implementingBody", body, "bodyKind", kind, "area", area, "startedOn",
				startedOn.toString(), "version", version));
	}

	private static Map<String, Object> editParticipant(String name, String kind, boolean small, LocalDate joinedOn, int version) {
		Map<String, Object> form = new HashMap<>(Map.of("name", name, "small", small, "joinedOn", joinedOn.toString(),
				"version", version));
		form.put("kind", kind);
		return form;
	}

	private static Map<String, Object> editCouncil(String name, String level, LocalDate foundedOn, int version) {
		Map<String, Object> form = new HashMap<>(Map.of("name", name, "level", level, "secretariat", "かさね市社会福祉協議会",
				"version", version));
		form.put("foundedOn", foundedOn == null ? null : foundedOn.toString());
		form.put("purpose", null);
		return form;
	}

	private static Map<String, Object> editPromoter(String name, String qualification, LocalDate from, LocalDate until,
			int version) {
		Map<String, Object> form = new HashMap<>(Map.of("name", name, "qualification", qualification, "placedAt",
				"かさね市重層的支援推進センター", "fromDate", from.toString(), "version", version));
		form.put("untilDate", until == null ? null : until.toString());
		return form;
	}
}
