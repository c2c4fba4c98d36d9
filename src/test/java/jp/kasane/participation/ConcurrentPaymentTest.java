package jp.kasane.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import tools.jackson.databind.JsonNode;
import jp.kasane.support.Api;
import jp.kasane.support.ForcedRace;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;

/**
 * 謝礼 and 定着支援 records sent twice at once are recorded once.
 *
 * <p>謝礼: the test holds {@code participation_honorarium} against inserts, so the first payment stops with its
 * checks passed. Without serialisation the second would pass the same checks beside it and both would be paid;
 * with it, the second waits on the placement row and then finds the period paid (409 HONORARIUM_ALREADY_RECORDED).
 * 定着支援: the test holds the follow-up row; both requests read it as planned, then queue on the change.
 */
class ConcurrentPaymentTest extends ParticipationTestSupport {

	@Autowired
	@FlywayDataSource
	DataSource ownerDataSource;

	@Test
	void aHonorariumAndAFollowUpSentTwiceAtOnceAreRecordedOnce() throws Exception {
		ForcedRace race = new ForcedRace(ownerDataSource, ForcedRace.tenantOf(ownerDataSource, "sanka"));
		Api sanka = api("sanka");
		String area = "同時圏域" + uniqueKana();
		String host = newHost(sanka, "同時農園" + uniqueKana(), "FARM", area);
		String menu = newMenu(sanka, host, "畑の水やり", List.of("OUTDOOR"), List.of("MONDAY"), area, 3);
		PersonOnCase p = personInPlanning("謝礼", "同時");
		decideParticipation(p.caseId());
		Api.Response placed = sanka.post("/api/v1/participation/people/" + p.person() + "/placements",
				Map.of("menuId", menu, "startOn", today().toString()));
		assertThat(placed.status()).as(placed.body()).isEqualTo(201);
		String placement = placed.json().path("id").asString();
		String pl = "/api/v1/participation/placements/" + placement;
		assertThat(sanka.post(pl + "/status", Map.of("status", "TRIAL", "on", today().toString(), "version", 0)).status())
			.isEqualTo(200);
		Api.Response active = sanka.post(pl + "/status", Map.of("status", "ACTIVE", "on", today().toString(), "version", 1));
		assertThat(active.status()).as(active.body()).isEqualTo(200);
		Api one = api("sanka");
		Api other = api("sanka");

		Map<String, Object> honorarium = Map.of("amountYen", 3000, "periodFrom", today().toString(), "periodTo",
				today().toString(), "basis", "交通費の実費");
		long audited = placementChanges(race, placement);
		List<Api.Response> paid = race.run("LOCK TABLE participation_honorarium IN EXCLUSIVE MODE", List.of(),
				() -> one.post(pl + "/honoraria", honorarium), () -> other.post(pl + "/honoraria", honorarium));

		assertOneWon(paid, 201, "HONORARIUM_ALREADY_RECORDED");
		assertThat(race.count("SELECT count(*) FROM participation_honorarium WHERE placement_id = ?", UUID.fromString(placement)))
			.as("謝礼 paid").isEqualTo(1);
		assertThat(placementChanges(race, placement)).as("one audit entry").isEqualTo(audited + 1);

		JsonNode followUp = active.json().path("followUps").path(0);
		String path = "/api/v1/participation/follow-ups/" + followUp.path("id").asString();
		List<Api.Response> recorded = race.run("SELECT 1 FROM participation_follow_up WHERE id = ? FOR UPDATE",
				List.of(UUID.fromString(followUp.path("id").asString())),
				() -> one.post(path, Map.of("doneOn", today().toString(), "withWhom", "PERSON", "notes", "一度目")),
				() -> other.post(path, Map.of("doneOn", today().toString(), "withWhom", "HOST", "notes", "二度目")));

		Api.Response won = assertOneWon(recorded, 200, "FOLLOW_UP_CLOSED");
		assertThat(race.count("SELECT count(*) FROM audit_entry WHERE record_type = 'participation_follow_up' AND record_id = ?",
				followUp.path("id").asString())).as("one audit entry").isEqualTo(1);
		String stored = won.json().path("followUps").path(0).path("notes").asString();
		assertThat(race.count("SELECT count(*) FROM participation_follow_up WHERE id = ? AND state = 'DONE' AND notes = ?",
				UUID.fromString(followUp.path("id").asString()), stored)).as("the winner's record is kept, not overwritten")
			.isEqualTo(1);
	}

	private static Api.Response assertOneWon(List<Api.Response> answers, int success, String code) {
		List<Api.Response> sorted = answers.stream().sorted(Comparator.comparingInt(Api.Response::status)).toList();
		assertThat(sorted).extracting(Api.Response::status).as(answers.toString()).containsExactly(success, 409);
		assertThat(sorted.get(1).contentType()).startsWith("application/problem+json");
		assertThat(sorted.get(1).code()).isEqualTo(code);
		return sorted.get(0);
	}

	private static long placementChanges(ForcedRace race, String placement) throws Exception {
		return race.count("SELECT count(*) FROM audit_entry WHERE record_type = 'participation_placement' AND record_id = ?",
				placement);
	}
}
