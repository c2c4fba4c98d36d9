package jp.kasane.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.kasane.support.Api;
import jp.kasane.support.Api.Response;
import org.junit.jupiter.api.Test;

/**
 * An 8050 household through the API: the parent known to the 地域包括支援センター, the son in
 * ひきこもり discussed first at a 支援会議 without his consent, then consenting, 多機関協働, plan
 * adoption at a 重層的支援会議, アウトリーチ decided by the municipality, a re-plan and closure with a
 * lead agency. On the way, every guard is tried and refuses with its code, changing nothing.
 */
class MultiAgencyJourneyTest extends CaseworkTestSupport {

	@Test
	void an8050HouseholdFromFirstConsultationToClosure() {
		Api hokatsu = api("hokatsu");
		Api kyodo = api("kyodo");
		Api shiyakusho = api("shiyakusho");
		String municipal = agencyOf("shiyakusho");
		String coordinator = agencyOf("kyodo");
		String hub = agencyOf("hokatsu");
		String today = LocalDate.now().toString();

		// 包括的相談支援: the 地域包括支援センター registers the father, and the son it hears of.
		String father = register(hokatsu, "八重", "正男", "1944-05-01");
		String son = register(hokatsu, "八重", "浩", "1974-08-20");
		String household = hokatsu.post("/api/v1/households", Map.of("label", "八重世帯", "firstMember", father,
				"relationship", "HEAD", "joinedOn", "1970-01-01")).json().path("household").path("id").asString();
		hokatsu.post("/api/v1/households/" + household + "/members", Map.of("person", son, "relationship", "CHILD",
				"joinedOn", "1974-08-20"));
		consent(hokatsu, father, List.of(hub, coordinator));

		// 支援会議 (法106条の6): the son has not consented, so he is discussed there, among pledged members only.
		String supportConference = schedule(shiyakusho, "SUPPORT_CONFERENCE", "支援会議（八重世帯）", List.of(municipal, hub, coordinator));
		assertThat(code(shiyakusho.post("/api/v1/meetings/" + supportConference + "/agenda", agenda(son, null, "A"))))
			.isEqualTo("PLEDGE_REQUIRED");
		assertThat(shiyakusho.post("/api/v1/meetings/" + supportConference + "/pledge", Map.of()).status()).isEqualTo(200);
		assertThat(shiyakusho.post("/api/v1/meetings/" + supportConference + "/agenda", agenda(son, null, "A")).status())
			.isEqualTo(200);
		Response unpledged = hokatsu.get("/api/v1/meetings/" + supportConference);
		assertThat(unpledged.status()).isEqualTo(403);
		assertThat(unpledged.code()).isEqualTo("PLEDGE_REQUIRED");
		assertThat(unpledged.body()).doesNotContain(son);
		assertThat(api("kodomo").get("/api/v1/meetings/" + supportConference).status()).as("not a member").isEqualTo(404);
		hokatsu.post("/api/v1/meetings/" + supportConference + "/pledge", Map.of());
		assertThat(hokatsu.get("/api/v1/meetings/" + supportConference).json().path("agenda").path(0).path("person").asString())
			.isEqualTo(son);
		assertThat(owner.sql("SELECT count(*) FROM audit_entry WHERE person_id = ?::uuid AND basis = ?")
			.params(son, "SWA_106_6:" + supportConference).query(Integer.class).single()).isPositive();

		// A 重層的支援会議 does not take the son before he consents.
		String early = schedule(kyodo, "MULTI_LAYERED", "重層的支援会議（事前）", List.of(municipal, coordinator, hub));
		assertThat(kyodo.post("/api/v1/meetings/" + early + "/agenda", agenda(son, null, "A")).status())
			.as("the coordinator cannot even see him yet").isEqualTo(400);
		Response unconsented = shiyakusho.post("/api/v1/meetings/" + early + "/agenda", agenda(son, null, "A"));
		assertThat(unconsented.status()).isEqualTo(422);
		assertThat(unconsented.code()).isEqualTo("CONSENT_REQUIRED_FOR_CONFERENCE");
		assertThat(kyodo.get("/api/v1/meetings/" + early).json().path("agenda").size()).isZero();

		// The son consents; the hub refers the household to 多機関協働.
		consent(hokatsu, son, List.of(hub, coordinator));
		Response referred = hokatsu.post("/api/v1/cases", Map.of("people", List.of(father, son), "household", household,
				"note", "8050：父の介護と、長年ひきこもりの息子"));
		assertThat(referred.status()).as(referred.body()).isEqualTo(201);
		String caseId = referred.json().path("id").asString();
		int version = move(kyodo, caseId, "accept-application", Map.of("version", 0));
		version = move(kyodo, caseId, "start-assessment", Map.of("version", version));
		version = move(kyodo, caseId, "start-planning", Map.of("version", version));

		// Plan adoption needs a held 重層的支援会議 attended by the municipality, with its decision.
		assertRefused(kyodo, caseId, "adopt-plan", Map.of("version", version), "CONFERENCE_DECISION_REQUIRED");
		String withoutCity = heldDecision(kyodo, caseId, son, List.of(municipal, coordinator, hub), List.of(coordinator, hub),
				"PLAN_ADOPTION");
		assertRefused(kyodo, caseId, "adopt-plan", Map.of("version", version, "decisionId", withoutCity), "MUNICIPALITY_ABSENT");
		String fromSupportConference = decisionAt(shiyakusho, supportConference, List.of(municipal, coordinator, hub));
		assertRefused(kyodo, caseId, "adopt-plan", Map.of("version", version, "decisionId", fromSupportConference),
				"CONFERENCE_DECISION_REQUIRED");
		String adoption = heldDecision(kyodo, caseId, son, List.of(municipal, coordinator, hub),
				List.of(municipal, coordinator, hub), "PLAN_ADOPTION");
		assertRefused(kyodo, caseId, "close", Map.of("version", version, "decisionId", adoption), "CASE_INVALID_TRANSITION");
		version = move(kyodo, caseId, "adopt-plan", Map.of("version", version, "decisionId", adoption));

		// Only the municipality decides on アウトリーチ (支援決定).
		Map<String, Object> outreach = Map.of("program", "OUTREACH", "conferenceDecision", adoption, "reason",
				"息子への継続的な訪問が必要");
		assertThat(code(hokatsu.post("/api/v1/cases/" + caseId + "/support-decisions", outreach)))
			.isEqualTo("SUPPORT_DECISION_MUNICIPALITY_ONLY");
		assertThat(code(kyodo.post("/api/v1/cases/" + caseId + "/support-decisions", outreach)))
			.isEqualTo("SUPPORT_DECISION_MUNICIPALITY_ONLY");
		Response decided = shiyakusho.post("/api/v1/cases/" + caseId + "/support-decisions", outreach);
		assertThat(decided.status()).as(decided.body()).isEqualTo(200);
		assertThat(decided.json().path("supportDecisions").path(0).path("earlyStart").asBoolean()).isFalse();

		// A re-plan, then closure naming the lead agency and the follow-up.
		String replan = heldDecision(kyodo, caseId, son, List.of(municipal, coordinator), List.of(municipal, coordinator), "REPLAN");
		version = move(kyodo, caseId, "replan", Map.of("version", version, "decisionId", replan));
		String termination = heldDecision(kyodo, caseId, son, List.of(municipal, coordinator, hub),
				List.of(municipal, coordinator, hub), "TERMINATION");
		assertRefused(kyodo, caseId, "close", Map.of("version", version, "decisionId", termination, "note", "見守り"),
				"LEAD_AGENCY_REQUIRED");
		assertRefused(kyodo, caseId, "close", Map.of("version", version, "decisionId", termination, "leadAgency", hub),
				"FOLLOW_UP_REQUIRED");
		Map<String, Object> close = Map.of("version", version, "decisionId", termination, "leadAgency", hub, "note",
				"包括が月1回訪問し、息子の居場所（サロン）への参加を見守る");
		version = move(kyodo, caseId, "close", close);
		Response closed = kyodo.get("/api/v1/cases/" + caseId);
		assertThat(closed.json().path("state").asString()).isEqualTo("CLOSED");
		assertThat(closed.json().path("leadAgency").asString()).isEqualTo(hub);
		assertThat(closed.json().path("timeline").findValuesAsString("kind")).containsSubsequence("REFERRAL_RECEIVED",
				"APPLICATION_ACCEPTED", "PLAN_ADOPTED", "REPLANNED", "CLOSED");
		// つなぎもどし: father and son go back to the hub as referrals it answers.
		var returned = hokatsu.get("/api/v1/referrals").json();
		long toHub = java.util.stream.StreamSupport.stream(returned.spliterator(), false)
			.filter(r -> r.path("toAgency").asString().equals(hub) && r.path("fromAgency").asString().equals(coordinator)
					&& r.path("requestNote").asString().startsWith("つなぎもどし"))
			.filter(r -> r.path("person").asString().equals(father) || r.path("person").asString().equals(son))
			.count();
		assertThat(toHub).isEqualTo(2);
		kyodo.post("/api/v1/cases/" + caseId + "/notes", Map.of("text", "終結後も包括と情報を共有する"));
		assertThat(kyodo.get("/api/v1/cases/" + caseId).json().path("timeline").findValuesAsString("kind")).contains("NOTE");

		// A shortage the conference saw (role C) is recorded as a 地域課題.
		String review = schedule(kyodo, "MULTI_LAYERED", "地域課題の把握", List.of(municipal, coordinator));
		String item = kyodo.post("/api/v1/meetings/" + review + "/agenda", agenda(son, caseId, "C")).json().path("agenda").path(0)
			.path("id").asString();
		kyodo.post("/api/v1/meetings/" + review + "/hold", Map.of("heldOn", today, "attendedAgencies", List.of(municipal, coordinator)));
		kyodo.post("/api/v1/meetings/" + review + "/decisions", Map.of("agendaItem", item, "text", "ひきこもりの人が通える居場所が地区にない"));
		assertThat(kyodo.get("/api/v1/meetings/community-issues").json().findValuesAsString("text"))
			.contains("ひきこもりの人が通える居場所が地区にない");

		// Two users acting on the same version: the second is told, nothing is lost.
		Map<String, Object> reopen = Map.of("version", version, "note", "民生委員から再び心配の声");
		assertThat(kyodo.post("/api/v1/cases/" + caseId + "/transitions/reopen", reopen).status()).isEqualTo(200);
		Response second = shiyakusho.post("/api/v1/cases/" + caseId + "/transitions/reopen", reopen);
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.code()).isEqualTo("STALE_VERSION");
		assertThat(kyodo.get("/api/v1/cases/" + caseId).json().path("timeline").findValuesAsString("kind"))
			.filteredOn("REOPENED"::equals).hasSize(1);
	}

	@Test
	void suspendingNeedsContactAttemptsAndAnEarlyOutreachIsFlagged() {
		Api hokatsu = api("hokatsu");
		Api kyodo = api("kyodo");
		String municipal = agencyOf("shiyakusho");
		String coordinator = agencyOf("kyodo");
		String hub = agencyOf("hokatsu");
		String person = register(hokatsu, "連絡", "途絶", "1980-01-01");
		consent(hokatsu, person, List.of(hub, coordinator));
		String caseId = hokatsu.post("/api/v1/cases", Map.of("people", List.of(person))).json().path("id").asString();
		int version = move(kyodo, caseId, "accept-application", Map.of("version", 0));
		version = move(kyodo, caseId, "start-assessment", Map.of("version", version));

		Response early = api("shiyakusho").post("/api/v1/cases/" + caseId + "/support-decisions",
				Map.of("program", "OUTREACH", "reason", "プラン前だが訪問を始める"));
		assertThat(early.json().path("supportDecisions").path(0).path("earlyStart").asBoolean()).isTrue();

		String suspension = heldDecision(kyodo, caseId, person, List.of(municipal, coordinator), List.of(municipal, coordinator),
				"SUSPENSION");
		assertRefused(kyodo, caseId, "suspend", Map.of("version", version, "decisionId", suspension), "CONTACT_ATTEMPTS_REQUIRED");
		kyodo.post("/api/v1/cases/" + caseId + "/contact-attempts", Map.of("attemptedOn", LocalDate.now().toString(),
				"method", "訪問", "result", "不在。郵便受けに手紙"));
		version = move(kyodo, caseId, "suspend", Map.of("version", version, "decisionId", suspension));
		assertThat(kyodo.get("/api/v1/cases/" + caseId).json().path("state").asString()).isEqualTo("SUSPENDED");
		move(kyodo, caseId, "reopen", Map.of("version", version, "note", "本人から電話"));
	}


	@Test
	void withdrawingConsentHidesThePersonFromTheCaseTeamAtOnce() {
		Api hokatsu = api("hokatsu");
		Api kyodo = api("kyodo");
		String coordinator = agencyOf("kyodo");
		String hub = agencyOf("hokatsu");
		String person = register(hokatsu, "撤回", "後子", "1975-05-05");
		consent(hokatsu, person, List.of(hub, coordinator));
		String caseId = hokatsu.post("/api/v1/cases", Map.of("people", List.of(person))).json().path("id").asString();
		move(kyodo, caseId, "accept-application", Map.of("version", 0));
		assertThat(kyodo.get("/api/v1/cases/" + caseId).json().path("people").size()).isEqualTo(1);
		assertThat(kyodo.get("/api/v1/people/" + person).status()).isEqualTo(200);

		String consentId = hokatsu.get("/api/v1/people/" + person + "/consents").json().path(0).path("id").asString();
		hokatsu.post("/api/v1/people/" + person + "/consents/" + consentId + "/withdraw", Map.of("withdrawnOn",
				LocalDate.now().toString(), "reason", "本人の申し出"));

		assertThat(kyodo.get("/api/v1/people/" + person).status()).isEqualTo(404);
		Response view = kyodo.get("/api/v1/cases/" + caseId);
		assertThat(view.json().path("people").size()).isZero();
		assertThat(view.json().path("hiddenPeople").asInt()).isEqualTo(1);
		assertThat(view.body()).doesNotContain(person);
		String meeting = schedule(api("shiyakusho"), "MULTI_LAYERED", "撤回後の会議", List.of(agencyOf("shiyakusho"), coordinator));
		assertThat(code(api("shiyakusho").post("/api/v1/meetings/" + meeting + "/agenda", agenda(person, caseId, "A"))))
			.isEqualTo("CONSENT_REQUIRED_FOR_CONFERENCE");
	}
}
