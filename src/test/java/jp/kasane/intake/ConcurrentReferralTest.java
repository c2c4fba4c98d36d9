package jp.kasane.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jp.kasane.IntegrationTest;
import jp.kasane.support.Api;
import jp.kasane.support.ForcedRace;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;

/**
 * A referral answered twice at the same moment (the same button pressed twice, or 受理 and 差戻し by two workers)
 * changes once. The test holds the referral row: both requests read version 0, then queue on the change; the
 * version in the UPDATE lets the first through and answers the second 409 STALE_VERSION.
 */
class ConcurrentReferralTest extends IntegrationTest {

	private static final String HOLD = "SELECT 1 FROM referral WHERE id = ? FOR UPDATE";

	@Autowired
	@FlywayDataSource
	DataSource ownerDataSource;

	@Test
	void acceptedTwiceAtOnceIsAcceptedOnce() throws Exception {
		ForcedRace race = new ForcedRace(ownerDataSource, ForcedRace.tenantOf(ownerDataSource, "kodomo"));
		String referral = referral();
		Api one = api("kodomo");
		Api other = api("kodomo");
		String accept = "/api/v1/referrals/" + referral + "/accept";

		List<Api.Response> answers = race.run(HOLD, List.of(UUID.fromString(referral)),
				() -> one.post(accept, Map.of("version", 0)), () -> other.post(accept, Map.of("version", 0)));

		assertOneWon(race, referral, answers);
		assertThat(race.count("SELECT count(*) FROM referral WHERE id = ? AND status = 'ACCEPTED' AND version = 1",
				UUID.fromString(referral))).isEqualTo(1);
	}

	@Test
	void acceptedAndReturnedAtOnceIsOneOfThem() throws Exception {
		ForcedRace race = new ForcedRace(ownerDataSource, ForcedRace.tenantOf(ownerDataSource, "kodomo"));
		String referral = referral();
		Api one = api("kodomo");
		Api other = api("kodomo");

		List<Api.Response> answers = race.run(HOLD, List.of(UUID.fromString(referral)),
				() -> one.post("/api/v1/referrals/" + referral + "/accept", Map.of("version", 0)),
				() -> other.post("/api/v1/referrals/" + referral + "/return", Map.of("version", 0, "reason", "対象外")));

		assertOneWon(race, referral, answers);
		String winner = answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow().json().path("status").asString();
		assertThat(race.count("SELECT count(*) FROM referral WHERE id = ? AND status = ? AND version = 1",
				UUID.fromString(referral), winner)).as("stored as the winner answered").isEqualTo(1);
	}

	private static void assertOneWon(ForcedRace race, String referral, List<Api.Response> answers) throws Exception {
		List<Api.Response> sorted = answers.stream().sorted(Comparator.comparingInt(Api.Response::status)).toList();
		assertThat(sorted).extracting(Api.Response::status).as(answers.toString()).containsExactly(200, 409);
		assertThat(sorted.get(1).contentType()).startsWith("application/problem+json");
		assertThat(sorted.get(1).code()).isEqualTo("STALE_VERSION");
		assertThat(race.count("SELECT count(*) FROM audit_entry WHERE action = 'UPDATE' AND record_type = 'referral' AND record_id = ?",
				referral)).as("one change in the audit log").isEqualTo(1);
	}

	/** A referral from the 地域包括支援センター to the こども家庭センター, with the person's consent. */
	private String referral() {
		Api hokatsu = api("hokatsu");
		Map<String, Object> form = personForm("受理", uniqueKana(), "ジュリ", uniqueKana(), "1955-03-03");
		form.put("confirmedNotDuplicate", true);
		String person = hokatsu.post("/api/v1/people", form).json().path("id").asString();
		String kodomo = owner.sql("SELECT agency_id FROM auth_find_user('kodomo')").query(UUID.class).single().toString();
		String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
		assertThat(hokatsu.post("/api/v1/people/" + person + "/consents", Map.of("purposes", List.of("REFERRAL"), "agencies",
				List.of(kodomo), "coversConference", false, "method", "WRITTEN", "obtainedByName", "包括 担当", "obtainedOn",
				today)).status()).isEqualTo(201);
		Api.Response referred = hokatsu.post("/api/v1/people/" + person + "/referrals", Map.of("toAgency", kodomo));
		assertThat(referred.status()).as(referred.body()).isEqualTo(201);
		return referred.json().path("id").asString();
	}
}
