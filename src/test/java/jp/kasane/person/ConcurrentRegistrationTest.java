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

/**
 * Two registrations of the same person sent at the same moment: the 名寄せ check of the second sees the first.
 *
 * <p>The interleaving is forced: the test holds {@code person_access} (where a registration writes right after
 * inserting the person), so the first registration stops mid-way with its person inserted but not committed. Without
 * serialisation the second would pass its duplicate check beside it and both would be created; with it, the second
 * waits for the first (advisory lock) and then gets the same 409 PROBABLE_DUPLICATE as when sent afterwards.
 */
class ConcurrentRegistrationTest extends IntegrationTest {

	@Autowired
	@FlywayDataSource
	DataSource ownerDataSource;

	@Test
	void ofTwoIdenticalRegistrationsSentAtOnceOneIsCreatedAndTheOtherIsAProbableDuplicate() throws Exception {
		ForcedRace race = new ForcedRace(ownerDataSource, ForcedRace.tenantOf(ownerDataSource, "hokatsu"));
		String given = uniqueKana();
		// Spelled differently, the same after normalisation (髙 → 高, ひらがな → カタカナ): still the same person.
		Map<String, Object> first = personForm("髙橋", given, "タカハシ", given, "1950-05-05");
		Map<String, Object> second = personForm("高橋", given, "たかはし", given, "1950-05-05");
		Api one = api("hokatsu");
		Api other = api("hokatsu");

		List<Api.Response> answers = race.run("LOCK TABLE person_access IN EXCLUSIVE MODE", List.of(),
				() -> one.post("/api/v1/people", first), () -> other.post("/api/v1/people", second));

		List<Api.Response> sorted = answers.stream().sorted(Comparator.comparingInt(Api.Response::status)).toList();
		assertThat(sorted).extracting(Api.Response::status).as(answers.toString()).containsExactly(201, 409);
		Api.Response refused = sorted.get(1);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.code()).isEqualTo("PROBABLE_DUPLICATE");
		String created = sorted.get(0).json().path("id").asString();
		assertThat(refused.json().path("candidates").findValuesAsString("id")).as("the one just created").containsExactly(created);
		assertThat(race.count("SELECT count(*) FROM person WHERE name_key = ? AND birth_date = DATE '1950-05-05'",
				NameNormalizer.key("高橋" + given))).as("people created").isEqualTo(1);
		assertThat(race.count("SELECT count(*) FROM audit_entry WHERE action = 'CREATE' AND record_type = 'person' AND record_id = ?",
				created)).isEqualTo(1);
	}

	@Test
	void aRegistrationWithoutDateOfBirthWaitsForOneWithTheSameName() throws Exception {
		ForcedRace race = new ForcedRace(ownerDataSource, ForcedRace.tenantOf(ownerDataSource, "hokatsu"));
		String given = uniqueKana();
		Map<String, Object> dated = personForm("生年", given, "セイネン", given, "1960-01-01");
		Map<String, Object> undated = personForm("生年", given, "セイネン", given, "");
		Api one = api("hokatsu");
		Api other = api("hokatsu");

		List<Api.Response> answers = race.run("LOCK TABLE person_access IN EXCLUSIVE MODE", List.of(),
				() -> one.post("/api/v1/people", dated), () -> other.post("/api/v1/people", undated));

		// The dated one is in first (person inserted, not committed); an unknown date of birth matches the same name and
		// フリガナ on any date, so the undated one must wait for it: a key with the date of birth in it would let it through.
		assertThat(answers).extracting(Api.Response::status).as(answers.toString()).containsExactly(201, 409);
		assertThat(answers.get(1).code()).isEqualTo("PROBABLE_DUPLICATE");
		assertThat(race.count("SELECT count(*) FROM person WHERE name_key = ?", NameNormalizer.key("生年" + given)))
			.isEqualTo(1);
	}

	@Test
	void registrationsOfDifferentPeopleDoNotWaitForEachOther() {
		// The lock keys differ for different names (a collision would only make them wait in turn).
		UUID tenant = UUID.randomUUID();
		assertThat(RegistrationLock.keys(new jp.kasane.shared.TenantId(tenant), "高橋ハナコ", "タカハシハナコ"))
			.doesNotContainAnyElementsOf(RegistrationLock.keys(new jp.kasane.shared.TenantId(tenant), "高橋タロウ", "タカハシタロウ"));
		assertThat(RegistrationLock.keys(new jp.kasane.shared.TenantId(tenant), "高橋ハナコ", "タカハシハナコ"))
			.doesNotContainAnyElementsOf(RegistrationLock.keys(new jp.kasane.shared.TenantId(UUID.randomUUID()), "高橋ハナコ",
					"タカハシハナコ"));
	}
}
