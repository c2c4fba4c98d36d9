package jp.kasane.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.kasane.IntegrationTest;
import jp.kasane.support.Api;
import jp.kasane.support.Api.Response;
import org.springframework.beans.factory.annotation.Autowired;

/** Steps the outreach tests share: registering a person to reach, attempts, stage changes. */
abstract class OutreachTestSupport extends IntegrationTest {

	@Autowired
	Clock clock;

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** Registers a new person as an outreach target of the given user's agency; returns the record. */
	Response register(Api api, String family, String given, LocalDate knownOn) {
		Map<String, Object> person = personForm(family, given, "トドケ", uniqueKana(), "1992-06-15");
		person.put("confirmedNotDuplicate", true);
		Map<String, Object> form = new HashMap<>(Map.of("newPerson", person, "source", "WELFARE_COMMISSIONER", "sourceDetail",
				"地区担当の民生委員", "knownOn", knownOn.toString(), "note", "母と二人暮らし。長く外出していない"));
		return api.post("/api/v1/outreach", form);
	}

	String registered(Api api, String family, String given, LocalDate knownOn) {
		Response response = register(api, family, given, knownOn);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().path("id").asString();
	}

	Response attempt(Api api, String id, LocalDate on, String method, boolean contact, String result) {
		return api.post("/api/v1/outreach/" + id + "/attempts", Map.of("attemptedOn", on.toString(), "method", method,
				"contactMade", contact, "result", result));
	}

	Response stage(Api api, String id, String stage, String reason) {
		int version = api.get("/api/v1/outreach/" + id).json().path("version").asInt();
		return api.post("/api/v1/outreach/" + id + "/stage", Map.of("version", version, "stage", stage, "reason", reason));
	}

	void consent(Api api, String person, List<String> agencies) {
		Response response = api.post("/api/v1/people/" + person + "/consents", Map.of("purposes",
				List.of("INFORMATION_SHARING", "MULTI_AGENCY_COLLABORATION", "OUTREACH"), "agencies", agencies, "coversConference",
				true, "method", "WRITTEN", "obtainedByName", "アウトリーチ 担当", "obtainedOn", today().toString()));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
	}

	String agencyOf(String username) {
		return owner.sql("SELECT agency_id FROM auth_find_user(?)").param(username).query(UUID.class).single().toString();
	}

	int audited(String person, String basis) {
		return owner.sql("SELECT count(*) FROM audit_entry WHERE person_id = ?::uuid AND basis = ?")
			.params(person, basis)
			.query(Integer.class)
			.single();
	}
}
