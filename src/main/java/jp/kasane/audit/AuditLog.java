package jp.kasane.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.kasane.shared.Actor;
import jp.kasane.shared.ActorContext;
import jp.kasane.shared.ServiceUnavailable;
import jp.kasane.shared.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit module's API. {@link #record} appends to the tenant's hash chain inside the caller's
 * transaction: if the entry cannot be written, the transaction fails and the data is not returned
 * (fail-closed, invariant 6).
 */
@Service
public class AuditLog {

	private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

	private final JdbcClient jdbc;
	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
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
		AuditEntry unsigned = new AuditEntry(head.seq() + 1, clock.instant().truncatedTo(ChronoUnit.MICROS),
				actor.userId().value(), actor.username(), actor.agencyId().value(), event.action(), event.recordType(),
				event.recordId(), event.person() == null ? null : event.person().value(), event.basis(), head.hash(), null);
		String hash = ChainHash.of(tenant, unsigned);
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

	private void append(UUID tenant, AuditEntry unsigned, String hash) {
		jdbc.sql("""
				INSERT INTO audit_entry (tenant_id, seq, at, user_id, username, agency_id, action, record_type, record_id,
				                         person_id, basis, prev_hash, hash)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenant, unsigned.seq(), OffsetDateTime.ofInstant(unsigned.at(), ZoneId.of("UTC")), unsigned.userId(),
					unsigned.username(), unsigned.agencyId(), unsigned.action().name(), unsigned.recordType(),
					unsigned.recordId(), unsigned.personId(), unsigned.basis(), unsigned.prevHash(), hash)
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

	/** Recomputes the whole chain of the auditor's tenant and reports the first entry that does not fit. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('AUDITOR')")
	public ChainVerification verify() {
		UUID tenant = tenant().value();
		List<String> problems = new ArrayList<>();
		long[] checked = { 0 };
		Long[] firstBroken = { null };
		String[] expectedPrev = { ChainHash.GENESIS };
		jdbc.sql("SELECT * FROM audit_entry WHERE tenant_id = ? ORDER BY seq").param(tenant).query(rs -> {
			AuditEntry e = map(rs, 0);
			checked[0]++;
			if (firstBroken[0] == null) {
				if (e.seq() != checked[0]) {
					firstBroken[0] = e.seq();
					problems.add("連番が欠けています（" + checked[0] + " があるべき位置に " + e.seq() + "）");
				}
				else if (!e.prevHash().equals(expectedPrev[0])) {
					firstBroken[0] = e.seq();
					problems.add("直前の記録とのつながり（prev_hash）が一致しません");
				}
				else if (!ChainHash.of(tenant, e).equals(e.hash())) {
					firstBroken[0] = e.seq();
					problems.add("記録の内容がハッシュ値と一致しません（書き換えの疑い）");
				}
			}
			expectedPrev[0] = e.hash();
		});
		if (firstBroken[0] == null) {
			String head = jdbc.sql("SELECT last_hash FROM audit_chain_head WHERE tenant_id = ?").param(tenant)
				.query(String.class).optional().orElse(ChainHash.GENESIS);
			if (!head.equals(expectedPrev[0])) {
				return ChainVerification.broken(checked[0], checked[0], "最後の記録が失われています（末尾の削除の疑い）");
			}
			return ChainVerification.ok(checked[0]);
		}
		log.warn("Audit chain of tenant {} broken at seq {}", tenant, firstBroken[0]);
		return ChainVerification.broken(checked[0], firstBroken[0], problems.get(0));
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
				rs.getString("basis"), rs.getString("prev_hash"), rs.getString("hash"));
	}
}
