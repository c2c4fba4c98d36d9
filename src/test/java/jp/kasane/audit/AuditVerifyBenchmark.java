package jp.kasane.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import javax.sql.DataSource;

import jp.kasane.IntegrationTest;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.Role;
import jp.kasane.shared.TenantId;
import jp.kasane.support.AsActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;

/**
 * How long verification takes on a large chain, and that it does not hold the chain in memory:
 * {@code mvn -B -Pbenchmark test -Dtest=AuditVerifyBenchmark}. Not part of the normal build.
 */
class AuditVerifyBenchmark extends IntegrationTest {

	private static final int ENTRIES = 200_000;

	@Autowired
	@FlywayDataSource
	DataSource ownerDataSource;

	@Autowired
	AuditLog audit;

	@Autowired
	AuditKeys keys;

	@Autowired
	AuditCheckpoints checkpoints;

	@Test
	void verifiesAChainOfTwoHundredThousandEntries() throws Exception {
		TenantId tenant = TenantId.random();
		owner.sql("INSERT INTO tenant (id, kind, name) VALUES (?, 'MUNICIPALITY', '検証ベンチマーク')").param(tenant.value())
			.update();
		long insertStarted = System.nanoTime();
		String prev = ChainHash.GENESIS;
		AuditKey key = keys.current();
		try (Connection c = ownerDataSource.getConnection()) {
			c.setAutoCommit(false);
			try (PreparedStatement s = c.prepareStatement("""
					INSERT INTO audit_entry (tenant_id, seq, at, user_id, username, agency_id, action, record_type, record_id,
					                         person_id, basis, prev_hash, hash, key_id)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
				Instant at = Instant.parse("2026-04-01T00:00:00.000001Z");
				UUID user = UUID.randomUUID();
				UUID agency = UUID.randomUUID();
				for (long seq = 1; seq <= ENTRIES; seq++) {
					ChainRow row = new ChainRow(seq, at.plusMillis(seq), user, "bench", agency, "READ", "PERSON",
							Long.toString(seq), UUID.randomUUID(), "MUNICIPAL_ROLE", prev, null, key.id());
					String mac = ChainMac.of(key, tenant.value(), row);
					s.setObject(1, tenant.value());
					s.setLong(2, seq);
					s.setObject(3, OffsetDateTime.ofInstant(row.at(), ZoneOffset.UTC));
					s.setObject(4, user);
					s.setString(5, row.username());
					s.setObject(6, agency);
					s.setString(7, row.action());
					s.setString(8, row.recordType());
					s.setString(9, row.recordId());
					s.setObject(10, row.personId());
					s.setString(11, row.basis());
					s.setString(12, prev);
					s.setString(13, mac);
					s.setString(14, key.id());
					s.addBatch();
					if (seq % 5_000 == 0) {
						s.executeBatch();
					}
					prev = mac;
				}
				s.executeBatch();
			}
			try (PreparedStatement s = c.prepareStatement(
					"INSERT INTO audit_chain_head (tenant_id, last_seq, last_hash) VALUES (?, ?, ?)")) {
				s.setObject(1, tenant.value());
				s.setLong(2, ENTRIES);
				s.setString(3, prev);
				s.executeUpdate();
			}
			c.commit();
		}
		long insertMs = (System.nanoTime() - insertStarted) / 1_000_000;

		System.gc();
		long heapBefore = usedHeap();
		long started = System.nanoTime();
		ChainVerification full = AsActor.call(tenant, AgencyId.random(), Role.AUDITOR, () -> audit.verify(VerifyFrom.GENESIS));
		long fullMs = (System.nanoTime() - started) / 1_000_000;
		assertThat(full.intact()).as(full.reason()).isTrue();
		assertThat(full.entriesChecked()).isEqualTo(ENTRIES);

		checkpoints.write(tenant);
		started = System.nanoTime();
		ChainVerification fast = AsActor.call(tenant, AgencyId.random(), Role.AUDITOR, () -> audit.verify(VerifyFrom.CHECKPOINT));
		long fastMs = (System.nanoTime() - started) / 1_000_000;
		assertThat(fast.intact()).isTrue();
		System.out.printf("AUDIT VERIFY BENCHMARK: %d entries inserted in %d ms; full verification %d ms (%.0f entries/s); "
				+ "from the checkpoint %d ms (%d entries); heap in use before %d MB, after %d MB%n", ENTRIES, insertMs, fullMs,
				ENTRIES * 1000.0 / Math.max(fullMs, 1), fastMs, fast.entriesChecked(), heapBefore >> 20, usedHeap() >> 20);
	}

	private static long usedHeap() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}
}
