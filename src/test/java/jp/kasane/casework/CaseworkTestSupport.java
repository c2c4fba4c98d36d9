package jp.kasane.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.kasane.IntegrationTest;
import jp.kasane.support.Api;
import jp.kasane.support.Api.Response;

/** Steps the case and conference tests share: people with consent, held conferences, transitions. */
public abstract class CaseworkTestSupport extends IntegrationTest {

	/** A case id and the version to send with its next transition. */
	protected record CaseAt(String id, int version) {
	}

	/**
	 * Registers a consenting person through the 地域包括支援センター, refers them to 多機関協働 and moves the
	 * case to プラン作成 as the coordinator: the start of most case tests.
	 */
	protected CaseAt caseInPlanning(String family, String given) {
		Api hokatsu = api("hokatsu");
		Api kyodo = api("kyodo");
		String person = register(hokatsu, family, given, "1960-01-01");
		consent(hokatsu, person, List.of(agencyOf("hokatsu"), agencyOf("kyodo")));
		String caseId = hokatsu.post("/api/v1/cases", Map.of("people", List.of(person))).json().path("id").asString();
		int version = move(kyodo, caseId, "accept-application", Map.of("version", 0));
		version = move(kyodo, caseId, "start-assessment", Map.of("version", version));
		version = move(kyodo, caseId, "start-planning", Map.of("version", version));
		return new CaseAt(caseId, version);
	}

	/** The single person on a case. */
	protected String personOf(String caseId) {
		return api("kyodo").get("/api/v1/cases/" + caseId).json().path("people").path(0).asString();
	}

	protected String register(Api api, String family, String given, String birth) {
		Map<String, Object> form = personForm(family, given, "ヤエ", uniqueKana(), birth);
		form.put("confirmedNotDuplicate", true);
		Response response = api.post("/api/v1/people", form);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().path("id").asString();
	}

	protected void consent(Api api, String person, List<String> agencies) {
		Response response = api.post("/api/v1/people/" + person + "/consents", Map.of("purposes",
				List.of("INFORMATION_SHARING", "MULTI_AGENCY_COLLABORATION"), "agencies", agencies, "coversConference", true,
				"method", "WRITTEN", "obtainedByName", "包括 担当", "obtainedOn", LocalDate.now().toString()));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
	}

	protected String schedule(Api api, String kind, String title, List<String> invited) {
		Response response = api.post("/api/v1/meetings", Map.of("kind", kind, "title", title, "scheduledAt",
				LocalDateTime.now().withNano(0).toString(), "invitedAgencies", invited));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().path("id").asString();
	}

	protected static Map<String, Object> agenda(String person, String caseId, String role) {
		Map<String, Object> item = new HashMap<>(Map.of("person", person, "role", role));
		if (caseId != null) {
			item.put("caseId", caseId);
		}
		return item;
	}

	/** Schedules a 重層的支援会議 on the case, holds it with the given attendance and records the decision. */
	protected String heldDecision(Api api, String caseId, String person, List<String> invited, List<String> attended, String type) {
		String meeting = schedule(api, "MULTI_LAYERED", "重層的支援会議", invited);
		Response added = api.post("/api/v1/meetings/" + meeting + "/agenda", agenda(person, caseId, "A"));
		assertThat(added.status()).as(added.body()).isEqualTo(200);
		String item = added.json().path("agenda").path(0).path("id").asString();
		assertThat(api.post("/api/v1/meetings/" + meeting + "/hold", Map.of("heldOn", LocalDate.now().toString(),
				"attendedAgencies", attended, "minutes", "協議した")).status()).isEqualTo(200);
		Response decided = api.post("/api/v1/meetings/" + meeting + "/decisions", Map.of("agendaItem", item, "type", type,
				"text", type));
		assertThat(decided.status()).as(decided.body()).isEqualTo(201);
		return decided.json().path("id").asString();
	}

	/** Holds a (支援会議) meeting and records an untyped decision on its first item. */
	protected String decisionAt(Api api, String meeting, List<String> attended) {
		api.post("/api/v1/meetings/" + meeting + "/hold", Map.of("heldOn", LocalDate.now().toString(), "attendedAgencies",
				attended));
		String item = api.get("/api/v1/meetings/" + meeting).json().path("agenda").path(0).path("id").asString();
		Response decided = api.post("/api/v1/meetings/" + meeting + "/decisions", Map.of("agendaItem", item, "text",
				"見守りを続け、本人の同意を得る働きかけを行う"));
		assertThat(decided.status()).as(decided.body()).isEqualTo(201);
		return decided.json().path("id").asString();
	}

	protected int move(Api api, String caseId, String transition, Map<String, Object> body) {
		Response response = api.post("/api/v1/cases/" + caseId + "/transitions/" + transition, body);
		assertThat(response.status()).as(transition + ": " + response.body()).isEqualTo(200);
		return response.json().path("version").asInt();
	}

	protected void assertRefused(Api api, String caseId, String transition, Map<String, Object> body, String code) {
		String before = api.get("/api/v1/cases/" + caseId).json().path("state").asString();
		Response response = api.post("/api/v1/cases/" + caseId + "/transitions/" + transition, body);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.code()).as(response.body()).isEqualTo(code);
		assertThat(response.json().path("detail").asString()).isNotBlank();
		assertThat(api.get("/api/v1/cases/" + caseId).json().path("state").asString()).as("nothing changed").isEqualTo(before);
	}

	protected static String code(Response response) {
		return response.code();
	}

	protected String agencyOf(String username) {
		return owner.sql("SELECT agency_id FROM auth_find_user(?)").param(username).query(UUID.class).single().toString();
	}
}
