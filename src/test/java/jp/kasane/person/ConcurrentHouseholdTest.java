package jp.kasane.person;

import static org.assertj.core.api.Assertions.assertThat;

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

/** A person joins one household at a time and leaves it once, however many requests arrive together. */
class ConcurrentHouseholdTest extends IntegrationTest {

	@Autowired
	@FlywayDataSource
	DataSource ownerDataSource;

	@Test
	void leavingTwiceAtOnceIsRecordedOnce() throws Exception {
		ForcedRace race = new ForcedRace(ownerDataSource, ForcedRace.tenantOf(ownerDataSource, "hokatsu"));
		Api hokatsu = api("hokatsu");
		String person = registered(hokatsu);
		Api.Response created = hokatsu.post("/api/v1/households", Map.of("label", "転出世帯" + uniqueKana(), "firstMember",
				person, "relationship", "HEAD", "joinedOn", "2000-04-01"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String household = created.json().path("household").path("id").asString();
		String membership = created.json().path("members").path(0).path("membership").path("id").asString();
		String path = "/api/v1/households/" + household + "/members/" + membership + "/leave";
		long audited = householdChanges(race, household);
		Api one = api("hokatsu");
		Api other = api("hokatsu");

		// Held: the membership row. Both requests see a current member, then queue on the change.
		List<Api.Response> answers = race.run("SELECT 1 FROM household_member WHERE id = ? FOR UPDATE",
				List.of(UUID.fromString(membership)), () -> one.post(path, Map.of("leftOn", "2020-03-31", "reason", "転出")),
				() -> other.post(path, Map.of("leftOn", "2021-03-31", "reason", "転居")));

		List<Api.Response> sorted = answers.stream().sorted(Comparator.comparingInt(Api.Response::status)).toList();
		assertThat(sorted).extracting(Api.Response::status).as(answers.toString()).containsExactly(200, 409);
		assertThat(sorted.get(1).code()).isEqualTo("MEMBERSHIP_ALREADY_ENDED");
		assertThat(race.count("SELECT count(*) FROM household_member WHERE id = ? AND left_on = DATE '2020-03-31'",
				UUID.fromString(membership))).as("the first departure is kept, not overwritten").isEqualTo(1);
		assertThat(householdChanges(race, household)).as("one audit entry").isEqualTo(audited + 1);
		assertThat(hokatsu.post(path, Map.of("leftOn", "2020-03-31")).code()).as("later: the same answer")
			.isEqualTo("MEMBERSHIP_ALREADY_ENDED");
	}

	@Test
	void twoHouseholdsFormedAtOnceAroundTheSamePersonMakeOne() throws Exception {
		ForcedRace race = new ForcedRace(ownerDataSource, ForcedRace.tenantOf(ownerDataSource, "hokatsu"));
		String person = registered(api("hokatsu"));
		String label = "同時世帯" + uniqueKana();
		Api one = api("hokatsu");
		Api other = api("hokatsu");
		Map<String, Object> form = Map.of("label", label, "firstMember", person, "relationship", "HEAD", "joinedOn", "2000-04-01");

		// Held: inserts into household_member. Both requests pass "not in another household", then queue on the insert;
		// the unique index on current memberships lets one in.
		List<Api.Response> answers = race.run("LOCK TABLE household_member IN EXCLUSIVE MODE", List.of(),
				() -> one.post("/api/v1/households", form), () -> other.post("/api/v1/households", form));

		List<Api.Response> sorted = answers.stream().sorted(Comparator.comparingInt(Api.Response::status)).toList();
		assertThat(sorted).extracting(Api.Response::status).as(answers.toString()).containsExactly(201, 409);
		assertThat(sorted.get(1).contentType()).startsWith("application/problem+json");
		assertThat(race.count("SELECT count(*) FROM household WHERE label = ?", label)).isEqualTo(1);
		assertThat(race.count("SELECT count(*) FROM household_member WHERE person_id = ?", UUID.fromString(person))).isEqualTo(1);
	}

	private String registered(Api api) {
		Map<String, Object> form = personForm("世帯", uniqueKana(), "セタイ", uniqueKana(), "1980-08-08");
		form.put("confirmedNotDuplicate", true);
		Api.Response registered = api.post("/api/v1/people", form);
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		return registered.json().path("id").asString();
	}

	private static long householdChanges(ForcedRace race, String household) throws Exception {
		return race.count("SELECT count(*) FROM audit_entry WHERE record_type = 'household' AND action = 'UPDATE' AND record_id = ?",
				household);
	}
}
