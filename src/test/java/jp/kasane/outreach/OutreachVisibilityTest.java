package jp.kasane.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import jp.kasane.support.Api;
import jp.kasane.support.Api.Response;
import jp.kasane.support.PageSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Until the person consents, only the アウトリーチ事業者 holding the record, the municipality and pledged
 * members of a 支援会議 with the person on its agenda know the person exists — tried from every side.
 */
class OutreachVisibilityTest extends OutreachTestSupport {

	@Test
	void anOutreachPersonIsInvisibleToAgenciesWithoutAReason() {
		Api outreach = api("outreach");
		String kana = uniqueKana();
		var person = personForm("見守", "隠", "ミマモリ", kana, "1990-01-01");
		person.put("confirmedNotDuplicate", true);
		Response created = outreach.post("/api/v1/outreach", Map.of("newPerson", person, "source", "NEIGHBOUR", "knownOn",
				today().minusDays(30).toString()));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().path("id").asString();
		String personId = created.json().path("person").asString();
		String household = outreach.post("/api/v1/households", Map.of("label", "見守世帯", "firstMember", personId,
				"relationship", "HEAD", "joinedOn", "2000-01-01")).json().path("household").path("id").asString();

		for (String user : List.of("hokatsu", "kodomo", "kyodo")) {
			Api other = api(user);
			assertThat(other.get("/api/v1/people/" + personId).status()).as(user + " person").isEqualTo(404);
			assertThat(other.get("/api/v1/outreach/" + id).status()).as(user + " record").isEqualTo(404);
			assertThat(other.get("/api/v1/people/" + personId + "/consultations").status()).as(user + " consultations").isEqualTo(404);
			assertThat(other.get("/api/v1/households/" + household).status()).as(user + " household").isEqualTo(404);
			assertThat(other.get("/api/v1/people?q=" + PageSession.enc(kana)).body()).as(user + " search").doesNotContain(personId);
			assertThat(other.get("/api/v1/outreach").body()).as(user + " list").doesNotContain(id);
			assertThat(attempt(other, id, today(), "VISIT", true, "勝手に記録").status()).as(user + " write").isEqualTo(404);
			assertThat(pages(user).get("/outreach/" + id).status()).as(user + " page").isEqualTo(404);
		}
		assertThat(outreach.get("/api/v1/people?q=" + PageSession.enc(kana)).body()).contains(personId);
		assertThat(outreach.get("/api/v1/outreach").json().findValuesAsString("id")).contains(id);
		Api city = api("shiyakusho");
		assertThat(city.get("/api/v1/people/" + personId).status()).isEqualTo(200);
		assertThat(city.get("/api/v1/outreach/" + id).status()).isEqualTo(200);
		assertThat(city.get("/api/v1/outreach").json().findValuesAsString("id")).contains(id);
		assertThat(audited(personId, "MUNICIPAL_ROLE")).isPositive();
		assertThat(pages("outreach").get("/outreach/" + id).body()).contains("見守").contains("まだ接触なし（把握から30日）");

		// Once the person consents to share with kodomo, kodomo may read (not write) the record.
		consent(outreach, personId, List.of(agencyOf("outreach"), agencyOf("kodomo")));
		Api kodomo = api("kodomo");
		assertThat(kodomo.get("/api/v1/outreach/" + id).status()).isEqualTo(200);
		Response readOnly = attempt(kodomo, id, today(), "VISIT", true, "同行した");
		assertThat(readOnly.status()).isEqualTo(403);
		assertThat(readOnly.code()).isEqualTo("OUTREACH_READ_ONLY");
		assertThat(api("hokatsu").get("/api/v1/outreach/" + id).status()).as("consent did not name hokatsu").isEqualTo(404);
	}

	@Test
	void theDemoTownHasMonthsOfOutreachThatOnlyTheOutreachTeamSees() {
		JsonNode list = api("outreach").get("/api/v1/outreach").json();
		JsonNode morimoto = null;
		for (JsonNode r : list) {
			if (r.path("personName").asString().equals("森本\u3000翔太")) {
				morimoto = r;
			}
		}
		assertThat(morimoto).as("the ひきこもり young man known from a 民生委員").isNotNull();
		assertThat(morimoto.path("sourceLabel").asString()).isEqualTo("民生委員");
		assertThat(morimoto.path("stage").asString()).isEqualTo("CONTACTED");
		assertThat(morimoto.path("due").asBoolean()).as("the next visit is due today").isTrue();
		assertThat(morimoto.path("sinceLastContact").asString()).isEqualTo("最終接触から20日");
		JsonNode record = api("outreach").get("/api/v1/outreach/" + morimoto.path("id").asString()).json();
		assertThat(record.path("attempts").size()).isGreaterThanOrEqualTo(8);
		assertThat(record.path("knownOn").asString()).isEqualTo(today().minusMonths(14).toString());
		assertThat(list.findValuesAsString("stageLabel")).contains("関係形成", "把握");
		String person = morimoto.path("person").asString();
		for (String user : List.of("hokatsu", "kodomo", "kyodo")) {
			assertThat(api(user).get("/api/v1/people/" + person).status()).isEqualTo(404);
			assertThat(api(user).get("/api/v1/people?q=" + PageSession.enc("モリモト")).body()).doesNotContain(person);
		}
	}

	@Test
	void pledgedSupportConferenceMembersOpenTheRecordOnlyAfterSigning() {
		Api outreach = api("outreach");
		Api city = api("shiyakusho");
		Api hokatsu = api("hokatsu");
		String id = registered(outreach, "会議", "秘匿", today().minusDays(60));
		String personId = outreach.get("/api/v1/outreach/" + id).json().path("person").asString();
		String meeting = city.post("/api/v1/meetings", Map.of("kind", "SUPPORT_CONFERENCE", "title", "支援会議（アウトリーチ）",
				"scheduledAt", LocalDateTime.now(clock).withNano(0).toString(), "invitedAgencies",
				List.of(agencyOf("shiyakusho"), agencyOf("hokatsu"), agencyOf("outreach")))).json().path("id").asString();
		city.post("/api/v1/meetings/" + meeting + "/pledge", Map.of());
		Response onAgenda = city.post("/api/v1/meetings/" + meeting + "/agenda", Map.of("person", personId, "role", "A"));
		assertThat(onAgenda.status()).as(onAgenda.body()).isEqualTo(200);

		assertThat(hokatsu.get("/api/v1/outreach/" + id).status()).as("invited, not pledged").isEqualTo(404);
		assertThat(hokatsu.get("/api/v1/outreach").body()).doesNotContain(id);
		assertThat(hokatsu.post("/api/v1/meetings/" + meeting + "/pledge", Map.of()).status()).isEqualTo(200);
		Response opened = hokatsu.get("/api/v1/outreach/" + id);
		assertThat(opened.status()).isEqualTo(200);
		assertThat(opened.json().path("personName").asString()).contains("会議");
		assertThat(hokatsu.get("/api/v1/outreach").json().findValuesAsString("id")).contains(id);
		assertThat(audited(personId, "SWA_106_6:" + meeting)).isPositive();
		assertThat(attempt(hokatsu, id, today(), "ACCOMPANIED", true, "民生委員と同行訪問").status()).isEqualTo(200);
		assertThat(hokatsu.get("/api/v1/people/" + personId).status()).as("the person module still knows no reason").isEqualTo(404);
		int version = hokatsu.get("/api/v1/outreach/" + id).json().path("version").asInt();
		Response referral = hokatsu.post("/api/v1/outreach/" + id + "/case", Map.of("version", version));
		assertThat(referral.status()).isEqualTo(403);
		assertThat(referral.code()).isEqualTo("OUTREACH_HOLDER_ONLY");
		assertThat(api("kodomo").get("/api/v1/outreach/" + id).status()).as("not invited").isEqualTo(404);
	}

	@Test
	void onlyAnOutreachAgencyOrTheMunicipalityRegistersAndBadInputIsNamed() {
		Response byHub = register(api("hokatsu"), "包括", "登録", today());
		assertThat(byHub.status()).isEqualTo(422);
		assertThat(byHub.code()).isEqualTo("OUTREACH_AGENCY_ONLY");
		assertThat(register(api("shiyakusho"), "市役所", "登録", today()).status()).isEqualTo(201);

		Api outreach = api("outreach");
		Response noSource = outreach.post("/api/v1/outreach", Map.of("knownOn", today().toString()));
		assertThat(noSource.status()).isEqualTo(400);
		assertThat(noSource.json().path("errors").findValuesAsString("field")).contains("source");
		Response future = register(outreach, "未来", "把握", today().plusDays(1));
		assertThat(future.status()).isEqualTo(400);
		assertThat(future.json().path("errors").path(0).path("field").asString()).isEqualTo("knownOn");
		Response nobody = outreach.post("/api/v1/outreach", Map.of("source", "FAMILY", "knownOn", today().toString()));
		assertThat(nobody.status()).isEqualTo(400);
		assertThat(nobody.json().path("errors").path(0).path("field").asString()).isEqualTo("newPerson");

		String id = registered(outreach, "入力", "確認", today().minusDays(3));
		Response noResult = outreach.post("/api/v1/outreach/" + id + "/attempts", Map.of("attemptedOn", today().toString(),
				"method", "PHONE", "result", ""));
		assertThat(noResult.status()).isEqualTo(400);
		assertThat(noResult.json().path("errors").path(0).path("field").asString()).isEqualTo("result");
		Response script = outreach.post("/api/v1/outreach/" + id + "/notes", Map.of("notedOn", today().toString(), "text",
				"<script>alert(1)</script>"));
		assertThat(script.status()).isEqualTo(400);
		assertThat(script.json().path("errors").path(0).path("field").asString()).isEqualTo("text");
		Response badMethod = outreach.post("/api/v1/outreach/" + id + "/attempts", Map.of("attemptedOn", today().toString(),
				"method", "TELEPATHY", "result", "x"));
		assertThat(badMethod.status()).isEqualTo(400);
		Response pastPlan = outreach.post("/api/v1/outreach/" + id + "/plan", Map.of("version", 1, "nextContactOn",
				today().minusDays(1).toString()));
		assertThat(pastPlan.status()).isEqualTo(400);
		assertThat(pastPlan.json().path("errors").path(0).path("field").asString()).isEqualTo("nextContactOn");
		assertThat(outreach.get("/api/v1/outreach/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void anAlreadyRegisteredPersonCanBeReachedOnceAndClosingNamesItsReason() {
		Api outreach = api("outreach");
		var form = personForm("既登録", "人", "キトウロク", uniqueKana(), "1985-02-03");
		form.put("confirmedNotDuplicate", true);
		String person = outreach.post("/api/v1/people", form).json().path("id").asString();
		Map<String, Object> existing = Map.of("person", person, "source", "FAMILY", "knownOn", today().minusDays(2).toString());
		Response created = outreach.post("/api/v1/outreach", existing);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().path("id").asString();
		Response again = outreach.post("/api/v1/outreach", existing);
		assertThat(again.status()).isEqualTo(422);
		assertThat(again.code()).isEqualTo("OUTREACH_EXISTS");

		var hubForm = personForm("包括", "登録者", "ホウカツ", uniqueKana(), "1950-02-03");
		hubForm.put("confirmedNotDuplicate", true);
		String hubPerson = api("hokatsu").post("/api/v1/people", hubForm).json().path("id").asString();
		Response unseen = outreach.post("/api/v1/outreach", Map.of("person", hubPerson, "source", "AGENCY", "knownOn",
				today().toString()));
		assertThat(unseen.status()).as("a person the outreach agency may not see").isEqualTo(400);
		assertThat(unseen.json().path("errors").path(0).path("field").asString()).isEqualTo("person");

		int version = created.json().path("version").asInt();
		Response stalePlan = outreach.post("/api/v1/outreach/" + id + "/plan", Map.of("version", version + 5, "nextContactOn",
				today().toString()));
		assertThat(stalePlan.status()).isEqualTo(409);
		Response toSupport = outreach.post("/api/v1/outreach/" + id + "/close", Map.of("version", version, "reason", "TO_SUPPORT"));
		assertThat(toSupport.code()).isEqualTo("CASE_REQUIRED");
		Response moved = outreach.post("/api/v1/outreach/" + id + "/close", Map.of("version", version, "reason", "MOVED", "note",
				"県外へ転居"));
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(moved.json().path("closeReason").asString()).isEqualTo("MOVED");
		assertThat(moved.json().path("mayWrite").asBoolean()).isFalse();
		assertThat(code(outreach.post("/api/v1/outreach/" + id + "/notes", Map.of("notedOn", today().toString(), "text",
				"転居先の情報")))).isEqualTo("OUTREACH_CLOSED");
		assertThat(outreach.post("/api/v1/outreach", existing).status()).as("a closed record allows a new one").isEqualTo(201);
		String page = pages("outreach").get("/outreach/" + id).body();
		assertThat(page).contains("転居").contains("県外へ転居").doesNotContain("id=\"attempt-form\"");
	}

	private static String code(Response response) {
		return response.code();
	}

	@Test
	void thePagesRegisterShowJapaneseErrorsAndTheStartPageShowsDueContacts() {
		PageSession session = pages("outreach");
		assertThat(session.get("/outreach/new").body()).contains("アウトリーチの対象を登録する").contains("民生委員");
		var invalid = session.postEncoded("/outreach", "source=&knownOn=" + today().plusDays(2) + "&familyName=&givenName=");
		assertThat(invalid.status()).isEqualTo(200);
		assertThat(invalid.body()).contains("情報源を選んでください").contains("氏を入力してください");
		var future = session.postEncoded("/outreach", "source=FAMILY&knownOn=" + today().plusDays(2) + "&familyName="
				+ PageSession.enc("画面") + "&givenName=" + PageSession.enc("未来") + "&familyKana=" + PageSession.enc("ガメン")
				+ "&givenKana=" + PageSession.enc(uniqueKana()));
		assertThat(future.body()).contains("把握した日に未来の日付は入力できません");
		var saved = session.postEncoded("/outreach", "source=FAMILY&knownOn=" + today().minusDays(5) + "&nextContactOn=" + today()
				+ "&familyName=" + PageSession.enc("画面") + "&givenName=" + PageSession.enc("登録") + "&familyKana="
				+ PageSession.enc("ガメン") + "&givenKana=" + PageSession.enc(uniqueKana()) + "&confirmedNotDuplicate=true"
				+ "&note=" + PageSession.enc("姉から相談"));
		assertThat(saved.status()).as(saved.body()).isEqualTo(302);
		String path = saved.location().replaceFirst("^https?://[^/]+", "");
		String id = path.substring(path.lastIndexOf('/') + 1);
		String detail = session.get(path).body();
		assertThat(detail).contains("画面").contains("今日が予定日").contains("姉から相談").contains("まだ接触なし（把握から5日）");

		var tooEarly = session.submit(path + "/attempts", Map.of("attemptedOn", today().plusDays(1).toString(), "method", "VISIT",
				"result", "未来の訪問"));
		assertThat(tooEarly.body()).contains("働きかけの日に未来の日付は入力できません");
		var recorded = session.submit(path + "/attempts", Map.of("attemptedOn", today().minusDays(1).toString(), "method", "VISIT",
				"contactMade", "true", "result", "玄関先で会えた", "nextContactOn", today().toString()));
		assertThat(recorded.body()).contains("働きかけを記録しました").contains("最終接触から1日").contains("玄関先で会えた");
		var noReason = session.submit(path + "/stage", Map.of("version", "0", "stage", "CONTACTED", "reason", ""));
		assertThat(noReason.body()).contains("段階を変える理由を入力してください");

		assertThat(session.get("/outreach").body()).contains(id).contains("最終接触から1日");
		String home = session.get("/").body();
		assertThat(home).contains("予定日を迎えたアウトリーチの働きかけ").contains("/outreach/" + id);
		assertThat(pages("kodomo").get("/").body()).doesNotContain("/outreach/" + id);
	}
}
