package jp.kasane.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.kasane.casework.CaseworkTestSupport;
import jp.kasane.support.Api;
import jp.kasane.support.Api.Response;
import org.junit.jupiter.api.Test;

/** Plans are versioned, adopted only through their conference, and never silently overwritten. */
class PlanTest extends CaseworkTestSupport {

	@Test
	void aPlanIsAdoptedThroughItsConferenceAndReplannedAsANewVersion() {
		Api kyodo = api("kyodo");
		String municipal = agencyOf("shiyakusho");
		String coordinator = agencyOf("kyodo");
		String hub = agencyOf("hokatsu");
		CaseAt planning = caseInPlanning("計画", "立子");
		String caseId = planning.id();
		int version = planning.version();
		String person = personOf(caseId);

		Response draft = kyodo.post("/api/v1/cases/" + caseId + "/plans", plan("週1回は外に出る", hub, null));
		assertThat(draft.status()).as(draft.body()).isEqualTo(201);
		String planId = draft.json().path("id").asString();
		assertThat(code(kyodo.post("/api/v1/cases/" + caseId + "/plans", plan("二つ目", hub, null)))).isEqualTo("PLAN_DRAFT_EXISTS");

		// Two coordinators edit the same draft: the second is told, the first one's words stay.
		assertThat(kyodo.put("/api/v1/plans/" + planId, plan("月2回サロンに行く", hub, 0)).status()).isEqualTo(200);
		Response stale = api("shiyakusho").put("/api/v1/plans/" + planId, plan("上書き", hub, 0));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(kyodo.get("/api/v1/cases/" + caseId + "/plans").json().path(0).path("personGoals").asString())
			.isEqualTo("月2回サロンに行く");

		Response withoutConference = kyodo.post("/api/v1/plans/" + planId + "/adopt", Map.of("caseVersion", version));
		assertThat(code(withoutConference)).isEqualTo("CONFERENCE_DECISION_REQUIRED");
		assertThat(kyodo.get("/api/v1/cases/" + caseId + "/plans").json().path(0).path("status").asString()).isEqualTo("DRAFT");

		String adoption = heldDecision(kyodo, caseId, person, List.of(municipal, coordinator), List.of(municipal, coordinator),
				"PLAN_ADOPTION");
		Response adopted = kyodo.post("/api/v1/plans/" + planId + "/adopt", Map.of("decisionId", adoption, "caseVersion", version));
		assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
		assertThat(adopted.json().path("status").asString()).isEqualTo("ADOPTED");
		assertThat(kyodo.get("/api/v1/cases/" + caseId).json().path("state").asString()).isEqualTo("IN_SUPPORT");
		assertThat(code(kyodo.put("/api/v1/plans/" + planId, plan("採用後の変更", hub, 2)))).isEqualTo("PLAN_ADOPTED_READ_ONLY");

		String second = kyodo.post("/api/v1/cases/" + caseId + "/plans", plan("就労体験に挑戦する", hub, null)).json().path("id").asString();
		int caseVersion = kyodo.get("/api/v1/cases/" + caseId).json().path("version").asInt();
		String replan = heldDecision(kyodo, caseId, person, List.of(municipal, coordinator), List.of(municipal, coordinator), "REPLAN");
		assertThat(kyodo.post("/api/v1/plans/" + second + "/adopt", Map.of("decisionId", replan, "caseVersion", caseVersion))
			.status()).isEqualTo(200);
		Response versions = kyodo.get("/api/v1/cases/" + caseId + "/plans");
		assertThat(versions.json().findValuesAsString("status")).containsExactly("ADOPTED", "SUPERSEDED");
		assertThat(versions.json().path(0).path("versionNo").asInt()).isEqualTo(2);
		assertThat(kyodo.get("/api/v1/cases/" + caseId).json().path("timeline").findValuesAsString("kind")).contains("REPLANNED");
	}

	private static Map<String, Object> plan(String goals, String agency, Integer rowVersion) {
		Map<String, Object> plan = new HashMap<>(Map.of("personGoals", goals, "policy", "本人のペースで、信頼関係を大切に",
				"monitoringDates", List.of(LocalDate.now().plusMonths(1).toString(), LocalDate.now().plusMonths(3).toString()),
				"roles", List.of(Map.of("agency", agency, "role", "見守りと訪問", "tasks", "月1回の訪問"))));
		if (rowVersion != null) {
			plan.put("rowVersion", rowVersion);
		}
		return plan;
	}
}
