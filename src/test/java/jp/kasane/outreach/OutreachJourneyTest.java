package jp.kasane.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.kasane.support.Api;
import jp.kasane.support.Api.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A young man in long-term ひきこもり, known from a 民生委員: six months of attempts without contact, a
 * first contact, the relationship forming (and slipping back once), consent, つなぎ to a 多機関協働 case,
 * the municipality's アウトリーチ 支援決定 linked, and the outreach closed as 支援へ移行 — through the API,
 * each guard tried on the way.
 */
class OutreachJourneyTest extends OutreachTestSupport {

	@Test
	void fromAWelfareCommissionersTipThroughMonthsOfAttemptsToACase() {
		Api outreach = api("outreach");
		LocalDate today = today();
		LocalDate known = today.minusMonths(7);

		Response created = register(outreach, "届", "翔", known);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode record = created.json();
		String id = record.path("id").asString();
		String person = record.path("person").asString();
		assertThat(record.path("stage").asString()).isEqualTo("KNOWN");
		assertThat(record.path("sourceLabel").asString()).isEqualTo("民生委員");
		assertThat(record.path("sinceLastContact").asString()).startsWith("まだ接触なし（把握から7か月");
		assertThat(record.path("notes").path(0).path("notedOn").asString()).isEqualTo(known.toString());
		assertThat(code(stage(outreach, id, "CONTACTED", "会えた気がする"))).isEqualTo("CONTACT_REQUIRED");

		// Six months of letters and visits without reaching him.
		for (int month = 6; month >= 1; month--) {
			Response tried = attempt(outreach, id, today.minusMonths(month), month % 2 == 0 ? "LETTER" : "VISIT", false,
					"応答なし（" + month + "か月前）");
			assertThat(tried.status()).as(tried.body()).isEqualTo(200);
		}
		JsonNode noContact = outreach.get("/api/v1/outreach/" + id).json();
		assertThat(noContact.path("attempts").size()).isEqualTo(6);
		assertThat(noContact.path("daysSinceLastContact").isNull()).isTrue();
		assertThat(noContact.path("lastAttemptOn").asString()).isEqualTo(today.minusMonths(1).toString());

		Response future = attempt(outreach, id, today.plusDays(1), "VISIT", true, "未来");
		assertThat(future.status()).isEqualTo(400);
		assertThat(future.json().path("errors").path(0).path("field").asString()).isEqualTo("attemptedOn");
		Response beforeKnown = attempt(outreach, id, known.minusDays(1), "VISIT", true, "把握前");
		assertThat(beforeKnown.status()).isEqualTo(400);
		assertThat(beforeKnown.json().path("errors").path(0).path("message").asString()).contains("把握した日");

		// First contact: he answers through the door. The next visit is planned.
		Response contact = outreach.post("/api/v1/outreach/" + id + "/attempts", Map.of("attemptedOn",
				today.minusDays(10).toString(), "method", "VISIT", "contactMade", true, "result", "ドア越しに返事があった",
				"nextContactOn", today.plusDays(7).toString()));
		assertThat(contact.status()).as(contact.body()).isEqualTo(200);
		assertThat(contact.json().path("daysSinceLastContact").asInt()).isEqualTo(10);
		assertThat(contact.json().path("sinceLastContact").asString()).isEqualTo("最終接触から10日");
		assertThat(contact.json().path("nextContactOn").asString()).isEqualTo(today.plusDays(7).toString());
		assertThat(contact.json().path("due").asBoolean()).isFalse();

		int stale = contact.json().path("version").asInt() - 1;
		Response staleChange = outreach.post("/api/v1/outreach/" + id + "/stage", Map.of("version", stale, "stage", "CONTACTED",
				"reason", "初めての接触"));
		assertThat(staleChange.status()).isEqualTo(409);
		assertThat(staleChange.code()).isEqualTo("STALE_VERSION");
		int current = stale + 1;
		assertThat(code(outreach.post("/api/v1/outreach/" + id + "/stage", Map.of("version", current, "stage", "CONTACTED",
				"reason", "接触の前日", "changedOn", today.minusDays(11).toString())))).as("no contact by that day")
			.isEqualTo("CONTACT_REQUIRED");
		assertThat(outreach.post("/api/v1/outreach/" + id + "/stage", Map.of("version", current, "stage", "CONTACTED", "reason",
				"ドア越しに初めて返事があった", "changedOn", today.minusDays(10).toString())).status()).isEqualTo(200);
		Response disordered = outreach.post("/api/v1/outreach/" + id + "/stage", Map.of("version", current + 1, "stage",
				"RELATIONSHIP", "reason", "前の日付", "changedOn", today.minusDays(11).toString()));
		assertThat(disordered.status()).isEqualTo(400);
		assertThat(disordered.json().path("errors").path(0).path("field").asString()).isEqualTo("changedOn");
		assertThat(stage(outreach, id, "RELATIONSHIP", "訪問を待っていると母から").status()).isEqualTo(200);
		Response back = stage(outreach, id, "CONTACTED", "体調を崩し、また会えなくなった");
		assertThat(back.status()).isEqualTo(200);
		assertThat(stage(outreach, id, "RELATIONSHIP", "再び訪問に応じた").status()).isEqualTo(200);

		// Consent comes first; without it neither 相談につながる nor the case.
		assertThat(code(stage(outreach, id, "CONSULTING", "相談したいと"))).isEqualTo("CONSENT_REQUIRED");
		int version = outreach.get("/api/v1/outreach/" + id).json().path("version").asInt();
		assertThat(code(outreach.post("/api/v1/outreach/" + id + "/case", Map.of("version", version)))).isEqualTo("CONSENT_REQUIRED");
		consent(outreach, person, List.of(agencyOf("outreach"), agencyOf("kyodo")));
		assertThat(code(stage(outreach, id, "SUPPORT", "支援へ"))).isEqualTo("CASE_REQUIRED");
		assertThat(stage(outreach, id, "CONSULTING", "本人が相談したいと話し、同意した").status()).isEqualTo(200);

		// つなぎ to 多機関協働: a new case, referred by the outreach agency, which the coordinator sees.
		version = outreach.get("/api/v1/outreach/" + id).json().path("version").asInt();
		Response linked = outreach.post("/api/v1/outreach/" + id + "/case", Map.of("version", version, "note",
				"長期ひきこもり。母の高齢化もあり多機関での支援が必要"));
		assertThat(linked.status()).as(linked.body()).isEqualTo(200);
		String caseId = linked.json().path("caseId").asString();
		Response theCase = api("kyodo").get("/api/v1/cases/" + caseId);
		assertThat(theCase.status()).isEqualTo(200);
		assertThat(theCase.json().path("people").path(0).asString()).isEqualTo(person);
		assertThat(theCase.json().path("referrerAgency").asString()).isEqualTo(agencyOf("outreach"));
		assertThat(stage(outreach, id, "SUPPORT", "多機関協働の事例として支援が始まった").status()).isEqualTo(200);

		// The municipality decides on アウトリーチ for the case; the record links the decision.
		Api kyodo = api("kyodo");
		assertThat(kyodo.post("/api/v1/cases/" + caseId + "/transitions/accept-application", Map.of("version", 0)).status())
			.isEqualTo(200);
		Response decided = api("shiyakusho").post("/api/v1/cases/" + caseId + "/support-decisions", Map.of("program", "OUTREACH",
				"reason", "関係形成のための継続的な訪問"));
		assertThat(decided.status()).as(decided.body()).isEqualTo(200);
		String decision = decided.json().path("supportDecisions").path(0).path("id").asString();
		version = outreach.get("/api/v1/outreach/" + id).json().path("version").asInt();
		Response wrongDecision = outreach.post("/api/v1/outreach/" + id + "/case", Map.of("version", version, "caseId", caseId,
				"supportDecision", caseId));
		assertThat(wrongDecision.status()).isEqualTo(400);
		assertThat(wrongDecision.json().path("errors").path(0).path("field").asString()).isEqualTo("supportDecision");
		Response withDecision = outreach.post("/api/v1/outreach/" + id + "/case", Map.of("version", version, "caseId", caseId,
				"supportDecision", decision));
		assertThat(withDecision.status()).as(withDecision.body()).isEqualTo(200);
		assertThat(withDecision.json().path("supportDecision").asString()).isEqualTo(decision);

		// The whole stage history, with dates, reasons, the move back and the consent behind 相談につながる.
		JsonNode stages = withDecision.json().path("stages");
		assertThat(stages.findValuesAsString("to")).containsExactly("KNOWN", "CONTACTED", "RELATIONSHIP", "CONTACTED",
				"RELATIONSHIP", "CONSULTING", "SUPPORT");
		assertThat(stages.path(0).path("changedOn").asString()).isEqualTo(known.toString());
		assertThat(stages.path(1).path("changedOn").asString()).isEqualTo(today.minusDays(10).toString());
		assertThat(stages.path(3).path("backwards").asBoolean()).isTrue();
		assertThat(stages.path(3).path("reason").asString()).isEqualTo("体調を崩し、また会えなくなった");
		assertThat(stages.path(2).path("backwards").asBoolean()).isFalse();
		assertThat(stages.path(5).path("consent").asString()).isNotBlank();
		assertThat(stages.path(6).path("changedOn").asString()).isEqualTo(today.toString());

		// Closing as 支援へ移行; a closed record takes no more attempts.
		version = withDecision.json().path("version").asInt();
		Response closed = outreach.post("/api/v1/outreach/" + id + "/close", Map.of("version", version, "reason", "TO_SUPPORT",
				"note", "多機関協働の事例へ"));
		assertThat(closed.status()).as(closed.body()).isEqualTo(200);
		assertThat(closed.json().path("closedOn").asString()).isEqualTo(today.toString());
		assertThat(code(attempt(outreach, id, today, "VISIT", true, "終了後"))).isEqualTo("OUTREACH_CLOSED");

		// Every read and change was audited with its basis.
		assertThat(audited(person, OutreachManagement.HOLDER)).isGreaterThan(20);
	}

	private static String code(Response response) {
		return response.code();
	}
}
