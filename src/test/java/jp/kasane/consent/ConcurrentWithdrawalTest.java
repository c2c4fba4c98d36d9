package jp.kasane.consent;

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
import jp.kasane.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;

/**
 * A consent withdrawn twice at the same moment is withdrawn once: one answer says so, the other is a conflict.
 * The test holds the consent row, so both requests read it as not withdrawn and then queue on the change; without
 * the conditional update both would answer 200 and leave two WITHDRAW entries in the audit log.
 */
class ConcurrentWithdrawalTest extends IntegrationTest {

	private static final String HOLD = "SELECT 1 FROM consent WHERE id = ? FOR UPDATE";

	@Autowired
	@FlywayDataSource
	DataSource ownerDataSource;

	@Test
	void twoWithdrawalsSentAtOnceWithdrawOnceAndTheSecondIsAConflict() throws Exception {
		ForcedRace race = new ForcedRace(ownerDataSource, ForcedRace.tenantOf(ownerDataSource, "hokatsu"));
		Api hokatsu = api("hokatsu");
		String person = registered(hokatsu);
		String consent = consented(hokatsu, person);
		String path = "/api/v1/people/" + person + "/consents/" + consent + "/withdraw";
		Map<String, Object> body = Map.of("withdrawnOn", today().toString(), "reason", "本人の申出");
		Api one = api("hokatsu");
		Api other = api("hokatsu");

		List<Api.Response> answers = race.run(HOLD, List.of(UUID.fromString(consent)), () -> one.post(path, body),
				() -> other.post(path, body));

		List<Api.Response> sorted = answers.stream().sorted(Comparator.comparingInt(Api.Response::status)).toList();
		assertThat(sorted).extracting(Api.Response::status).as(answers.toString()).containsExactly(200, 409);
		assertThat(sorted.get(1).contentType()).startsWith("application/problem+json");
		assertThat(sorted.get(1).code()).isEqualTo("ALREADY_WITHDRAWN");
		assertThat(race.count("SELECT count(*) FROM audit_entry WHERE action = 'WITHDRAW' AND record_id = ?", consent))
			.as("one withdrawal in the audit log").isEqualTo(1);
		assertThat(race.count("SELECT count(*) FROM person_access WHERE source_ref = ?", consent)).as("sharing stopped")
			.isZero();

		Api.Response later = hokatsu.post(path, body);
		assertThat(later.status()).as("sent again later: the same answer").isEqualTo(409);
		assertThat(later.code()).isEqualTo("ALREADY_WITHDRAWN");
	}

	@Test
	void onThePageTheSecondWithdrawalSaysInJapaneseThatItIsAlreadyWithdrawn() throws Exception {
		ForcedRace race = new ForcedRace(ownerDataSource, ForcedRace.tenantOf(ownerDataSource, "hokatsu"));
		Api hokatsu = api("hokatsu");
		String person = registered(hokatsu);
		String consent = consented(hokatsu, person);
		PageSession one = pages("hokatsu");
		PageSession other = pages("hokatsu");
		one.get("/people/" + person + "/consents");
		other.get("/people/" + person + "/consents");
		String path = "/people/" + person + "/consents/" + consent + "/withdraw";
		Map<String, String> form = Map.of("withdrawnOn", today().toString(), "reason", "本人の申出");

		List<PageSession.Page> pages = race.run(HOLD, List.of(UUID.fromString(consent)), () -> one.submit(path, form),
				() -> other.submit(path, form));

		assertThat(pages).extracting(PageSession.Page::status).containsExactly(200, 200);
		assertThat(pages).filteredOn(p -> p.body().contains("同意の撤回を記録しました")).hasSize(1);
		assertThat(pages).filteredOn(p -> p.body().contains("この同意はすでに撤回されています")).hasSize(1);
		assertThat(race.count("SELECT count(*) FROM audit_entry WHERE action = 'WITHDRAW' AND record_id = ?", consent))
			.isEqualTo(1);
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Tokyo"));
	}

	private String registered(Api api) {
		Map<String, Object> form = personForm("撤回", uniqueKana(), "テッカイ", uniqueKana(), "1970-07-07");
		form.put("confirmedNotDuplicate", true);
		Api.Response registered = api.post("/api/v1/people", form);
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		return registered.json().path("id").asString();
	}

	private String consented(Api api, String person) {
		String kodomo = owner.sql("SELECT agency_id FROM auth_find_user('kodomo')").query(UUID.class).single().toString();
		Api.Response consent = api.post("/api/v1/people/" + person + "/consents", Map.of("purposes", List.of("REFERRAL"),
				"agencies", List.of(kodomo), "coversConference", false, "method", "WRITTEN", "obtainedByName", "包括 担当",
				"obtainedOn", today().toString()));
		assertThat(consent.status()).as(consent.body()).isEqualTo(201);
		return consent.json().path("id").asString();
	}
}
