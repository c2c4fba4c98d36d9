package jp.kasane.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jp.kasane.support.Api;
import jp.kasane.support.ForcedRace;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;

/**
 * A case transition sent twice at once moves the case once, with one timeline entry and one audit entry. The test
 * holds the case row: both requests read version 0 and judge the transition allowed, then queue on the change.
 */
class ConcurrentTransitionTest extends CaseworkTestSupport {

	private static final String HOLD = "SELECT 1 FROM support_case WHERE id = ? FOR UPDATE";

	@Autowired
	@FlywayDataSource
	DataSource ownerDataSource;

	@Test
	void theSameTransitionSentTwiceAtOnceHappensOnce() throws Exception {
		ForcedRace race = new ForcedRace(ownerDataSource, ForcedRace.tenantOf(ownerDataSource, "kyodo"));
		Api hokatsu = api("hokatsu");
		String person = register(hokatsu, "遷移", "同時", "1962-02-02");
		consent(hokatsu, person, List.of(agencyOf("hokatsu"), agencyOf("kyodo")));
		String caseId = hokatsu.post("/api/v1/cases", Map.of("people", List.of(person))).json().path("id").asString();
		String path = "/api/v1/cases/" + caseId + "/transitions/accept-application";
		Api one = api("kyodo");
		Api other = api("kyodo");

		List<Api.Response> answers = race.run(HOLD, List.of(UUID.fromString(caseId)),
				() -> one.post(path, Map.of("version", 0)), () -> other.post(path, Map.of("version", 0)));

		List<Api.Response> sorted = answers.stream().sorted(Comparator.comparingInt(Api.Response::status)).toList();
		assertThat(sorted).extracting(Api.Response::status).as(answers.toString()).containsExactly(200, 409);
		assertThat(sorted.get(1).contentType()).startsWith("application/problem+json");
		assertThat(sorted.get(1).code()).isEqualTo("STALE_VERSION");
		assertThat(sorted.get(0).json().path("state").asString()).isEqualTo("INTAKE");
		assertThat(race.count("SELECT count(*) FROM case_event WHERE case_id = ? AND kind = 'APPLICATION_ACCEPTED'",
				UUID.fromString(caseId))).as("one timeline entry").isEqualTo(1);
		assertThat(race.count("SELECT count(*) FROM audit_entry WHERE action = 'UPDATE' AND record_type = 'case' AND record_id = ?",
				caseId)).as("one audit entry").isEqualTo(1);
		assertThat(race.count("SELECT version FROM support_case WHERE id = ?", UUID.fromString(caseId))).isEqualTo(1);
	}
}
