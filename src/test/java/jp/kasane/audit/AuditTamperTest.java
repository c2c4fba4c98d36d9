package jp.kasane.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import javax.sql.DataSource;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import jp.kasane.IntegrationTest;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.Role;
import jp.kasane.shared.TenantId;
import jp.kasane.support.Api;
import jp.kasane.support.AsActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11 item 3: a database administrator (the table owner, past the append-only trigger with
 * {@code DISABLE TRIGGER USER}) edits an entry, recomputes the chain without the key, deletes the tail;
 * someone forges a checkpoint line. Each is detected; each test puts the log back as it was.
 */
class AuditTamperTest extends IntegrationTest {

	@Autowired
	@FlywayDataSource
	DataSource ownerDataSource;

	@Autowired
	AuditLog audit;

	@Autowired
	AuditCheckpoints checkpoints;

	@Autowired
	CheckpointFile file;

	@Autowired
	AuditKeys keys;

	@Autowired
	TransactionTemplate transactions;

	private UUID demoTenant;

	@Test
	void checkpointsGoToTheFileAndTheSystemLogSignedAndVerificationCanStartFromTheLatest() throws Exception {
		Logger shipped = (Logger) LoggerFactory.getLogger("kasane.audit.checkpoint");
		ListAppender<ILoggingEvent> logged = new ListAppender<>();
		logged.start();
		shipped.addAppender(logged);
		newEntries();
		JsonNode written;
		try {
			written = checkpointNow();
		}
		finally {
			shipped.detachAppender(logged);
		}
		long seq = written.path("checkpoint").path("seq").asLong();
		assertThat(written.path("outcome").asString()).isEqualTo("WRITTEN");
		assertThat(seq).isEqualTo(headSeq());
		String line = lastLine();
		assertThat(line).contains("\"tenant\":\"" + tenant() + "\"", "\"seq\":" + seq, "\"lineMac\":");
		assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(line);
		assertThat(logged.list.get(0).getLevel()).isEqualTo(Level.INFO);
		assertThat(checkpointNow().path("outcome").asString()).isEqualTo("UNCHANGED");

		newEntries();
		long head = headSeq();
		JsonNode fast = verify("checkpoint");
		assertThat(fast.path("intact").asBoolean()).as(fast.toString()).isTrue();
		assertThat(fast.path("from").asString()).isEqualTo("checkpoint");
		assertThat(fast.path("startSeq").asLong()).isEqualTo(seq + 1);
		assertThat(fast.path("entriesChecked").asLong()).isEqualTo(head - seq);
		assertThat(fast.path("checkpoint").path("matches").asBoolean()).isTrue();
		assertThat(fast.path("keyIds").get(0).asString()).isEqualTo(keys.current().id());

		JsonNode full = verify("genesis");
		assertThat(full.path("intact").asBoolean()).isTrue();
		assertThat(full.path("entriesChecked").asLong()).isEqualTo(head);

		Api.Response bad = api("kansa").get("/api/v1/audit/verify?from=middle");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.code()).isEqualTo("VALIDATION_FAILED");
	}

	@Test
	void editingOneEntryIsDetectedAtThatSeqFromGenesisAndFromACheckpointBeforeIt() {
		newEntries();
		long checkpoint = checkpointNow().path("checkpoint").path("seq").asLong();
		newEntries();
		long edited = headSeq() - 1;
		List<ChainRow> original = rows(1);
		asDba(c -> update(c, "UPDATE audit_entry SET basis = 'FORGED' WHERE tenant_id = ? AND seq = ?", tenant(), edited));
		try {
			for (String from : List.of("genesis", "checkpoint")) {
				JsonNode result = verify(from);
				assertThat(result.path("intact").asBoolean()).isFalse();
				assertThat(result.path("firstBrokenSeq").asLong()).isEqualTo(edited);
				assertThat(result.path("reason").asString()).contains("書き換え");
			}
			assertThat(verify("checkpoint").path("startSeq").asLong()).isEqualTo(checkpoint + 1);
		}
		finally {
			restore(original);
		}
		assertThat(verify("genesis").path("intact").asBoolean()).isTrue();
	}

	@Test
	void recomputingTheWholeChainWithoutTheKeyIsDetected() {
		newEntries();
		checkpointNow();
		AuditKey wrongKey = new AuditKey(keys.current().id(), new byte[32]);
		Map<String, Function<ChainRow, ChainRow>> attacks = Map.of(
				"SHA-256, key ids removed (old format)", row -> withKey(row, null),
				"SHA-256, key ids kept", row -> row,
				"HMAC with a key of the administrator's own", row -> row);
		for (var attack : attacks.entrySet()) {
			List<ChainRow> original = rows(1);
			boolean hmac = attack.getKey().startsWith("HMAC");
			UUID tenant = tenant();
			recompute(original, attack.getValue(), row -> hmac ? ChainMac.of(wrongKey, tenant, row)
					: ChainHash.of(tenant, row));
			try {
				for (String from : List.of("genesis", "checkpoint")) {
					JsonNode result = verify(from);
					assertThat(result.path("intact").asBoolean()).as(attack.getKey() + " from " + from).isFalse();
					assertThat(result.path("firstBrokenSeq").asLong()).as(attack.getKey()).isEqualTo(1);
					assertThat(result.path("checkpoint").path("matches").asBoolean()).as(attack.getKey()).isFalse();
				}
				assertThat(checkpointNow().path("outcome").asString()).as("no checkpoint over a rewritten chain")
					.isEqualTo("REFUSED");
			}
			finally {
				restore(original);
			}
			assertThat(verify("genesis").path("intact").asBoolean()).as("restored after " + attack.getKey()).isTrue();
		}
	}

	@Test
	void deletingTheLastEntriesAndRewindingTheHeadIsDetectedByTheLatestCheckpoint() {
		newEntries();
		newEntries();
		long head = checkpointNow().path("checkpoint").path("seq").asLong();
		assertThat(head).isEqualTo(headSeq());
		int k = 3;
		List<Map<String, Object>> tail = owner.sql("SELECT * FROM audit_entry WHERE tenant_id = ? AND seq > ? ORDER BY seq")
			.params(tenant(), head - k).query().listOfRows();
		String rewoundHash = owner.sql("SELECT hash FROM audit_entry WHERE tenant_id = ? AND seq = ?")
			.params(tenant(), head - k).query(String.class).single();
		asDba(c -> {
			update(c, "DELETE FROM audit_entry WHERE tenant_id = ? AND seq > ?", tenant(), head - k);
			update(c, "UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE tenant_id = ?", head - k, rewoundHash,
					tenant());
		});
		try {
			for (String from : List.of("genesis", "checkpoint")) {
				JsonNode result = verify(from);
				assertThat(result.path("intact").asBoolean()).as(from).isFalse();
				assertThat(result.path("firstBrokenSeq").asLong()).isEqualTo(head - k + 1);
				assertThat(result.path("reason").asString()).contains("削除");
				assertThat(result.path("checkpoint").path("seq").asLong()).isEqualTo(head);
				assertThat(result.path("checkpoint").path("matches").asBoolean()).isFalse();
			}
			assertThat(checkpointNow().path("outcome").asString()).isEqualTo("REFUSED");
		}
		finally {
			for (Map<String, Object> row : tail) {
				owner.sql("""
						INSERT INTO audit_entry (tenant_id, seq, at, user_id, username, agency_id, action, record_type,
						                         record_id, person_id, basis, prev_hash, hash, key_id)
						VALUES (:tenant_id, :seq, :at, :user_id, :username, :agency_id, :action, :record_type,
						        :record_id, :person_id, :basis, :prev_hash, :hash, :key_id)""").params(row).update();
			}
			owner.sql("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE tenant_id = ?")
				.params(head, tail.get(tail.size() - 1).get("hash"), tenant()).update();
		}
		assertThat(verify("checkpoint").path("intact").asBoolean()).isTrue();
	}

	@Test
	void aForgedCheckpointLineIsDetected() throws Exception {
		newEntries();
		checkpointNow();
		String genuine = lastLine();
		long size = Files.size(file.path());
		String otherMac = "ab".repeat(32);
		String signedWithAnotherKey = "{\"tenant\":\"" + tenant() + "\",\"seq\":" + (headSeq() + 100) + ",\"mac\":\""
				+ otherMac + "\",\"entryKeyId\":\"k1\",\"at\":\"" + Instant.now() + "\",\"keyId\":\"k1\",\"lineMac\":\""
				+ ChainMac.ofCheckpoint(new AuditKey("k1", new byte[32]), "forged") + "\"}";
		String genuineWithAnotherMac = genuine.replaceFirst("\"mac\":\"[0-9a-f]{64}\"", "\"mac\":\"" + otherMac + "\"");
		byte[] notUtf8 = { (byte) 0xff, (byte) 0xfe };
		for (byte[] forged : List.of(utf8(signedWithAnotherKey), utf8(genuineWithAnotherMac), utf8("{not json"), notUtf8)) {
			Files.write(file.path(), forged, StandardOpenOption.APPEND);
			Files.write(file.path(), new byte[] { '\n' }, StandardOpenOption.APPEND);
			try {
				JsonNode result = verify("checkpoint");
				assertThat(result.path("intact").asBoolean()).as(new String(forged, StandardCharsets.UTF_8)).isFalse();
				assertThat(result.path("forgedCheckpointLines").asLong()).isEqualTo(1);
				assertThat(result.path("reason").asString()).contains("チェックポイントファイル", "署名");
				assertThat(result.path("checkpoint").path("matches").asBoolean()).as("the genuine checkpoint still counts")
					.isTrue();
			}
			finally {
				try (FileChannel channel = FileChannel.open(file.path(), StandardOpenOption.WRITE)) {
					channel.truncate(size);
				}
			}
		}
		assertThat(verify("checkpoint").path("intact").asBoolean()).isTrue();
	}

	@Test
	void oldUnkeyedEntriesCountOnceACheckpointOrAKeyedEntryVouchesForThemAndEventsNeedNoPerson() {
		TenantId tenant = TenantId.random();
		owner.sql("INSERT INTO tenant (id, kind, name) VALUES (?, 'MUNICIPALITY', '旧形式の監査ログのある団体')")
			.param(tenant.value()).update();
		String prev = ChainHash.GENESIS;
		for (long seq = 1; seq <= 3; seq++) {
			ChainRow row = new ChainRow(seq, Instant.parse("2026-01-0" + seq + "T00:00:00.123456Z"), UUID.randomUUID(),
					"old-user", UUID.randomUUID(), "READ", "PERSON", "p" + seq, UUID.randomUUID(), "MUNICIPAL_ROLE", prev, null,
					null);
			String hash = ChainHash.of(tenant.value(), row);
			owner.sql("""
					INSERT INTO audit_entry (tenant_id, seq, at, user_id, username, agency_id, action, record_type, record_id,
					                         person_id, basis, prev_hash, hash)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(tenant.value(), seq, java.time.OffsetDateTime.ofInstant(row.at(), java.time.ZoneOffset.UTC),
						row.userId(), row.username(), row.agencyId(), row.action(), row.recordType(), row.recordId(),
						row.personId(), row.basis(), prev, hash)
				.update();
			prev = hash;
		}
		owner.sql("INSERT INTO audit_chain_head (tenant_id, last_seq, last_hash) VALUES (?, 3, ?)").params(tenant.value(), prev)
			.update();

		ChainVerification unsealed = asAuditor(tenant, VerifyFrom.GENESIS);
		assertThat(unsealed.intact()).as("old entries nothing vouches for").isFalse();
		assertThat(unsealed.firstBrokenSeq()).isEqualTo(1);

		AuditCheckpoints.Result seal = checkpoints.write(tenant);
		assertThat(seal.outcome()).isEqualTo(AuditCheckpoints.Outcome.WRITTEN);
		assertThat(seal.checkpoint().entryKeyId()).isNull();
		ChainVerification sealed = asAuditor(tenant, VerifyFrom.GENESIS);
		assertThat(sealed.intact()).as(sealed.reason()).isTrue();
		assertThat(sealed.legacyEntries()).isEqualTo(3);

		AsActor.call(tenant, AgencyId.random(), Role.SYSTEM_ADMIN, () -> transactions.execute(status -> {
			audit.record(new AuditEvent(AuditAction.UPDATE, "USER_ACCOUNT", UUID.randomUUID().toString(), null,
					"SYSTEM_ADMIN_ROLE"));
			return null;
		}));
		ChainVerification keyed = asAuditor(tenant, VerifyFrom.GENESIS);
		assertThat(keyed.intact()).as(keyed.reason()).isTrue();
		assertThat(keyed.entriesChecked()).isEqualTo(4);
		assertThat(keyed.keyIds()).containsExactly(keys.current().id());
		assertThat(asAuditor(tenant, VerifyFrom.CHECKPOINT).entriesChecked()).isEqualTo(1);
	}

	@Test
	void theAuditorsPageVerifiesInJapanese() {
		var page = pages("kansa");
		page.get("/audit");
		var result = page.post("/audit/verify", Map.of("from", "checkpoint"));
		assertThat(result.status()).isEqualTo(200);
		assertThat(result.body()).contains("問題なし", "検証した記録", "使われていた鍵ID", "照合したチェックポイント");
		assertThat(page.post("/audit/checkpoint", Map.of()).body()).contains("チェックポイント");
		assertThat(page.post("/audit/verify", Map.of("from", "x")).body()).contains("genesis");
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private String lastLine() throws java.io.IOException {
		List<String> lines = Files.readAllLines(file.path());
		return lines.get(lines.size() - 1);
	}

	private ChainVerification asAuditor(TenantId tenant, VerifyFrom from) {
		return AsActor.call(tenant, AgencyId.random(), Role.AUDITOR, () -> audit.verify(from));
	}

	private JsonNode verify(String from) {
		Api.Response response = api("kansa").get("/api/v1/audit/verify?from=" + from);
		assertThat(response.status()).isEqualTo(200);
		return response.json();
	}

	private JsonNode checkpointNow() {
		Api.Response response = api("kansa").post("/api/v1/audit/checkpoints", Map.of());
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	/** A municipal officer reads two people: new entries on the demo tenant's chain. */
	private void newEntries() {
		Api municipal = api("shiyakusho");
		JsonNode people = municipal.get("/api/v1/people?q=").json();
		municipal.get("/api/v1/people/" + people.path(0).path("id").asString());
		municipal.get("/api/v1/people/" + people.path(1).path("id").asString());
	}

	private UUID tenant() {
		if (demoTenant == null) {
			demoTenant = owner.sql("SELECT tenant_id FROM auth_find_user('kansa')").query(UUID.class).single();
		}
		return demoTenant;
	}

	private long headSeq() {
		return owner.sql("SELECT last_seq FROM audit_chain_head WHERE tenant_id = ?").param(tenant()).query(Long.class).single();
	}

	private List<ChainRow> rows(long fromSeq) {
		return owner.sql("SELECT * FROM audit_entry WHERE tenant_id = ? AND seq >= ? ORDER BY seq").params(tenant(), fromSeq)
			.query(ChainRow::map).list();
	}

	/** Rewrites prev_hash, hash and key_id of every row as {@code hash} computes them, and the head. */
	private void recompute(List<ChainRow> rows, Function<ChainRow, ChainRow> change, Function<ChainRow, String> hash) {
		UUID tenant = tenant();
		List<ChainRow> forged = new ArrayList<>();
		String prev = ChainHash.GENESIS;
		for (ChainRow row : rows) {
			ChainRow unsigned = change.apply(withPrev(row, prev));
			prev = hash.apply(unsigned);
			forged.add(new ChainRow(row.seq(), row.at(), row.userId(), row.username(), row.agencyId(), row.action(),
					row.recordType(), row.recordId(), row.personId(), row.basis(), unsigned.prevHash(), prev, unsigned.keyId()));
		}
		restore(forged);
	}

	/** Writes these rows' chain fields and makes the last one the head. */
	private void restore(List<ChainRow> rows) {
		UUID tenant = tenant();
		asDba(c -> {
			try (PreparedStatement s = c.prepareStatement("""
					UPDATE audit_entry SET prev_hash = ?, hash = ?, key_id = ?, basis = ?, action = ?
					 WHERE tenant_id = ? AND seq = ?""")) {
				for (ChainRow row : rows) {
					s.setString(1, row.prevHash());
					s.setString(2, row.hash());
					s.setString(3, row.keyId());
					s.setString(4, row.basis());
					s.setString(5, row.action());
					s.setObject(6, tenant);
					s.setLong(7, row.seq());
					s.addBatch();
				}
				s.executeBatch();
			}
			ChainRow last = rows.get(rows.size() - 1);
			update(c, "UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE tenant_id = ?", last.seq(), last.hash(),
					tenant);
		});
	}

	private static ChainRow withPrev(ChainRow r, String prev) {
		return new ChainRow(r.seq(), r.at(), r.userId(), r.username(), r.agencyId(), r.action(), r.recordType(),
				r.recordId(), r.personId(), r.basis(), prev, null, r.keyId());
	}

	private static ChainRow withKey(ChainRow r, String keyId) {
		return new ChainRow(r.seq(), r.at(), r.userId(), r.username(), r.agencyId(), r.action(), r.recordType(),
				r.recordId(), r.personId(), r.basis(), r.prevHash(), r.hash(), keyId);
	}

	private interface Sql {
		void run(Connection connection) throws SQLException;
	}

	/** As the table's owner, in one transaction, with the append-only trigger off only inside it. */
	private void asDba(Sql sql) {
		try (Connection c = ownerDataSource.getConnection()) {
			c.setAutoCommit(false);
			try (Statement s = c.createStatement()) {
				s.execute("ALTER TABLE audit_entry DISABLE TRIGGER USER");
			}
			sql.run(c);
			try (Statement s = c.createStatement()) {
				s.execute("ALTER TABLE audit_entry ENABLE TRIGGER USER");
			}
			c.commit();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void update(Connection c, String sql, Object... params) {
		try (PreparedStatement s = c.prepareStatement(sql)) {
			for (int i = 0; i < params.length; i++) {
				s.setObject(i + 1, params[i]);
			}
			s.executeUpdate();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
