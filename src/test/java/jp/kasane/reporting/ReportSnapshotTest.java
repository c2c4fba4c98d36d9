package jp.kasane.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import tools.jackson.databind.JsonNode;
import jp.kasane.IntegrationTest;
import jp.kasane.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;

/**
 * One report describes one moment: a consultation committed while the report is being counted must not reach some of
 * its tables and not others (分野別 or 年齢別 adding up to more than 相談件数).
 *
 * <p>How the interleaving is forced without sleeping: the test's own transaction inserts a consultation and holds an
 * exclusive lock on {@code person}. The report counts 相談件数 (which reads only {@code consultation}) and then blocks
 * on 年齢別, the first aggregate that joins {@code person}. Once the test sees that aggregate waiting on the lock, it
 * commits. Under READ COMMITTED 年齢別 would then count the new consultation while 相談件数 did not.
 */
class ReportSnapshotTest extends IntegrationTest {

	@Autowired
	@FlywayDataSource
	DataSource ownerDataSource;

	@Test
	void aConsultationCommittedMidReportIsInNoneOfItsTablesOrInAll() throws Exception {
		Api staff = api("shiyakusho");
		UUID tenant;
		try (Connection connection = ownerDataSource.getConnection()) {
			tenant = single(connection, "SELECT tenant_id FROM app_user WHERE username = 'shiyakusho'");
		}
		assertThat(counts(staff.get("/api/v1/reports/fiscal-year/2019?purpose=INTERNAL").json())).containsExactly(0L, 0L);

		try (Connection writer = ownerDataSource.getConnection()) {
			writer.setAutoCommit(false);
			try (PreparedStatement lock = writer.prepareStatement("LOCK TABLE person IN ACCESS EXCLUSIVE MODE");
					PreparedStatement insert = writer.prepareStatement("""
							INSERT INTO consultation (tenant_id, id, agency_id, received_on, channel, consulter, person_id,
							                          household_id, tags, outcome, recorded_by)
							SELECT tenant_id, gen_random_uuid(), agency_id, DATE '2019-06-03', channel, consulter, person_id,
							       household_id, tags, outcome, recorded_by
							  FROM consultation WHERE tenant_id = ? LIMIT 1""")) {
				lock.execute();
				insert.setObject(1, tenant);
				assertThat(insert.executeUpdate()).isEqualTo(1);
			}
			CompletableFuture<Api.Response> report = CompletableFuture
				.supplyAsync(() -> staff.get("/api/v1/reports/fiscal-year/2019?purpose=INTERNAL"));
			await().atMost(Duration.ofSeconds(30)).until(() -> ageBandsWaitOnTheLock());
			writer.commit();

			Api.Response answered = report.get(30, TimeUnit.SECONDS);
			assertThat(answered.status()).isEqualTo(200);
			assertThat(counts(answered.json())).as("相談件数 and 年齢別 of one report come from one snapshot")
				.containsExactly(0L, 0L);
		}
		assertThat(counts(staff.get("/api/v1/reports/fiscal-year/2019?purpose=INTERNAL").json())).containsExactly(1L, 1L);
	}

	private boolean ageBandsWaitOnTheLock() throws Exception {
		try (Connection connection = ownerDataSource.getConnection();
				PreparedStatement waiting = connection.prepareStatement("""
						SELECT count(*) FROM pg_stat_activity
						 WHERE wait_event_type = 'Lock' AND query LIKE '%JOIN person p ON p.tenant_id = c.tenant_id%'""");
				ResultSet rs = waiting.executeQuery()) {
			rs.next();
			return rs.getLong(1) > 0;
		}
	}

	/** 相談件数（延べ） and the sum of 年齢別 in the report's 包括的相談支援 section. */
	private static List<Long> counts(JsonNode report) {
		JsonNode tables = report.path("sections").get(0).path("tables");
		long consultations = -1;
		long ageBands = 0;
		for (JsonNode table : tables) {
			if (table.path("title").asText().equals("相談の受付")) {
				for (JsonNode row : table.path("rows")) {
					if (row.path("label").asText().equals("相談件数（延べ）")) {
						consultations = row.path("count").asLong();
					}
				}
			}
			if (table.path("title").asText().startsWith("年齢別")) {
				for (JsonNode row : table.path("rows")) {
					ageBands += row.path("count").asLong();
				}
			}
		}
		return List.of(consultations, ageBands);
	}

	private static UUID single(Connection connection, String sql) throws Exception {
		try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
			rs.next();
			return rs.getObject(1, UUID.class);
		}
	}
}
