package jp.kasane.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jp.kasane.shared.Actor;
import jp.kasane.shared.ActorContext;
import jp.kasane.shared.ServiceUnavailable;
import jp.kasane.shared.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit module's API. {@link #record} appends to the tenant's chain inside the caller's
 * transaction, each entry signed with a keyed MAC whose key is outside the database: if the entry
 * cannot be written, the transaction fails and the data is not returned (fail-closed, invariant 6).
 * {@link #verify(VerifyFrom)} streams the chain and compares it with the checkpoints kept outside.
 */
@Service
public class AuditLog {

	private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

	private final JdbcClient jdbc;
	private final Clock clock;
	private final AuditKeys keys;
	private final CheckpointFile checkpoints;
	private final int pageSize;

	AuditLog(JdbcClient jdbc, Clock clock, AuditKeys keys, CheckpointFile checkpoints,
			@Value("${kasane.audit.verify-page-size:10000}") int pageSize) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.keys = keys;
		this.checkpoints = checkpoints;
		this.pageSize = pageSize;
	}

	/** Appends one entry; must run inside the transaction that reads or changes the data. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditEvent event) {
		Actor actor = ActorContext.require();
		UUID tenant = actor.tenantId().value();
		Head head;
		try {
			head = lockHead(tenant);
		}
		catch (DataAccessException ex) {
			throw new ServiceUnavailable("AUDIT_UNAVAILABLE",
					"監査ログに記録できないため、個人情報を表示・更新できません。システム管理者に連絡してください", ex);
		}
		AuditKey key = keys.current();
		ChainRow unsigned = new ChainRow(head.seq() + 1, clock.instant().truncatedTo(ChronoUnit.MICROS),
				actor.userId().value(), actor.username(), actor.agencyId().value(), event.action().name(),
				event.recordType(), event.recordId(), event.person() == null ? null : event.person().value(),
				event.basis(), head.hash(), null, key.id());
		String hash = ChainMac.of(key, tenant, unsigned);
		try {
			append(tenant, unsigned, hash);
		}
		catch (DataAccessException ex) {
			log.error("Audit entry could not be written; refusing the request (tenant {}, {} {})", tenant,
					event.recordType(), event.recordId());
			throw new ServiceUnavailable("AUDIT_UNAVAILABLE",
					"監査ログに記録できないため、個人情報を表示・更新できません。システム管理者に連絡してください", ex);
		}
		log.debug("audit {} {} {}", event.action(), event.recordType(), event.recordId());
	}

	private void append(UUID tenant, ChainRow unsigned, String hash) {
		jdbc.sql("""
				INSERT INTO audit_entry (tenant_id, seq, at, user_id, username, agency_id, action, record_type, record_id,
				                         person_id, basis, prev_hash, hash, key_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenant, unsigned.seq(), OffsetDateTime.ofInstant(unsigned.at(), ZoneId.of("UTC")), unsigned.userId(),
					unsigned.username(), unsigned.agencyId(), unsigned.action(), unsigned.recordType(),
					unsigned.recordId(), unsigned.personId(), unsigned.basis(), unsigned.prevHash(), hash, unsigned.keyId())
			.update();
		jdbc.sql("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE tenant_id = ?")
			.params(unsigned.seq(), hash, tenant)
			.update();
	}

	/** Appends several entries in order (e.g. every person shown in a search result). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordAll(List<AuditEvent> events) {
		events.forEach(this::record);
	}

	/** Searches the log of the auditor's tenant; any criterion may be null. Newest first, at most 500. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('AUDITOR')")
	public List<AuditEntry> search(UUID personId, String username, LocalDate from, LocalDate to) {
		ZoneId tokyo = clock.getZone();
		return jdbc.sql("""
				SELECT * FROM audit_entry
				 WHERE tenant_id = :tenant
				   AND (CAST(:person AS uuid) IS NULL OR person_id = :person)
				   AND (CAST(:username AS text) IS NULL OR username = :username)
				   AND (CAST(:from AS timestamptz) IS NULL OR at >= :from)
				   AND (CAST(:to AS timestamptz) IS NULL OR at < :to)
				 ORDER BY seq DESC LIMIT 500""")
			.param("tenant", tenant().value())
			.param("person", personId)
			.param("username", username == null || username.isBlank() ? null : username.strip())
			.param("from", from == null ? null : from.atStartOfDay(tokyo).toOffsetDateTime())
			.param("to", to == null ? null : to.plusDays(1).atStartOfDay(tokyo).toOffsetDateTime())
			.query(AuditLog::map)
			.list();
	}

	/** Verifies the auditor's tenant's whole chain from the first entry. */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	@PreAuthorize("hasRole('AUDITOR')")
	public ChainVerification verify() {
		return verify(VerifyFrom.GENESIS);
	}

	/**
	 * Verifies the auditor's tenant's chain, reading it in pages of {@code kasane.audit.verify-page-size}
	 * entries in one snapshot. From {@link VerifyFrom#CHECKPOINT}, only the entries after the latest
	 * checkpoint are recomputed, once the database is seen to hold that checkpoint's MAC; if it does not,
	 * or there is no checkpoint, the whole chain is verified.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	@PreAuthorize("hasRole('AUDITOR')")
	public ChainVerification verify(VerifyFrom from) {
		long started = System.nanoTime();
		UUID tenant = tenant().value();
		// The file is read before the snapshot is taken, so every checkpoint in it is of a committed entry.
		CheckpointScan scan = checkpoints.scan(tenant);
		Checkpoint start = from == VerifyFrom.CHECKPOINT ? matchingLatest(tenant, scan) : null;
		ChainVerifier verifier = new ChainVerifier(tenant, keys, scan, start);
		for (long after = verifier.nextSeq() - 1;;) {
			long[] read = { 0, after };
			jdbc.sql("SELECT * FROM audit_entry WHERE tenant_id = ? AND seq > ? ORDER BY seq LIMIT ?")
				.params(tenant, after, pageSize)
				.query(rs -> {
					ChainRow row = ChainRow.map(rs, 0);
					verifier.accept(row);
					read[0]++;
					read[1] = row.seq();
				});
			if (read[0] < pageSize) {
				break;
			}
			after = read[1];
		}
		Head head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE tenant_id = ?").param(tenant)
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
			.optional()
			.orElse(new Head(0, ChainHash.GENESIS));
		ChainVerification result = verifier.finish(head.seq(), head.hash());
		log.info("Audit chain of tenant {} verified from {} ({} entries, keys {}, {} ms): {}", tenant, result.from(),
				result.entriesChecked(), result.keyIds(), (System.nanoTime() - started) / 1_000_000,
				result.intact() ? "intact" : "broken at seq " + result.firstBrokenSeq());
		return result;
	}

	/** The latest checkpoint, if the database holds its entry with the same MAC and key id. */
	private Checkpoint matchingLatest(UUID tenant, CheckpointScan scan) {
		Checkpoint latest = scan.latest();
		if (latest == null) {
			return null;
		}
		boolean matches = jdbc.sql("SELECT hash, key_id FROM audit_entry WHERE tenant_id = ? AND seq = ?")
			.params(tenant, latest.seq())
			.query((rs, n) -> latest.mac().equals(rs.getString(1)) && Objects.equals(latest.entryKeyId(), rs.getString(2)))
			.optional()
			.orElse(false);
		return matches ? latest : null;
	}

	private Head lockHead(UUID tenant) {
		jdbc.sql("INSERT INTO audit_chain_head (tenant_id, last_seq, last_hash) VALUES (?, 0, ?) ON CONFLICT DO NOTHING")
			.params(tenant, ChainHash.GENESIS)
			.update();
		return jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE tenant_id = ? FOR UPDATE")
			.param(tenant)
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
	}

	private record Head(long seq, String hash) {
	}

	private static TenantId tenant() {
		return ActorContext.require().tenantId();
	}

	private static AuditEntry map(ResultSet rs, int row) throws SQLException {
		Instant at = rs.getObject("at", OffsetDateTime.class).toInstant();
		return new AuditEntry(rs.getLong("seq"), at, rs.getObject("user_id", UUID.class), rs.getString("username"),
				rs.getObject("agency_id", UUID.class), AuditAction.valueOf(rs.getString("action")),
				rs.getString("record_type"), rs.getString("record_id"), rs.getObject("person_id", UUID.class),
				rs.getString("basis"), rs.getString("prev_hash"), rs.getString("hash"), rs.getString("key_id"));
	}
}
