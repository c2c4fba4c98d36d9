package jp.kasane.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jp.kasane.shared.Actor;
import jp.kasane.shared.ActorContext;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.TenantId;
import jp.kasane.shared.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes each tenant's chain head (last seq, its MAC, key id) to the {@link CheckpointFile} every
 * {@code kasane.audit.checkpoint-interval} (default one minute) and on demand. Only one node writes at
 * a time (a PostgreSQL advisory lock). A head that no longer contains the last checkpoint (entries
 * deleted or rewritten) is not checkpointed over: it is reported on the checkpoint logger instead.
 */
@Service
public class AuditCheckpoints {

	private static final Logger log = LoggerFactory.getLogger("kasane.audit.checkpoint");

	/** Advisory lock id of the checkpoint writer ("kasane" "ckpt" in ASCII). */
	private static final long LOCK = 0x6b6173616e65_636bL;

	private final JdbcClient jdbc;
	private final CheckpointFile file;
	private final AuditKeys keys;
	private final Clock clock;
	private final TransactionTemplate outer;
	private final TransactionTemplate perTenant;
	private volatile Map<UUID, Checkpoint> lastWritten;

	AuditCheckpoints(JdbcClient jdbc, CheckpointFile file, AuditKeys keys, Clock clock, PlatformTransactionManager tx) {
		this.jdbc = jdbc;
		this.file = file;
		this.keys = keys;
		this.clock = clock;
		this.outer = new TransactionTemplate(tx);
		this.perTenant = new TransactionTemplate(tx);
		this.perTenant.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.perTenant.setReadOnly(true);
	}

	/** What one checkpoint attempt did. */
	public enum Outcome {
		/** a new line was written */
		WRITTEN,
		/** the head has not moved since the last checkpoint */
		UNCHANGED,
		/** the tenant has no audit entry yet */
		EMPTY,
		/** the head no longer contains the last checkpoint: not written, reported */
		REFUSED,
		/** another node holds the writer's lock */
		BUSY
	}

	public record Result(Outcome outcome, Checkpoint checkpoint) {
	}

	@Scheduled(fixedDelayString = "${kasane.audit.checkpoint-interval:PT1M}",
			initialDelayString = "${kasane.audit.checkpoint-initial-delay:PT10S}")
	void scheduled() {
		try {
			writeAll();
		}
		catch (RuntimeException ex) {
			log.error("Audit checkpoints could not be written: {}", ex.toString());
		}
	}

	/** Checkpoints every tenant that has a chain, unless another node is doing it right now. */
	public List<Result> writeAll() {
		return outer.execute(status -> {
			if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class).single()) {
				return List.of(new Result(Outcome.BUSY, null));
			}
			List<UUID> tenants = jdbc.sql("SELECT * FROM audit_chain_tenants()").query(UUID.class).list();
			return tenants.stream().map(this::writeLocked).toList();
		});
	}

	/** Checkpoints one tenant now (waits for a run in progress on another node). */
	public Result write(TenantId tenant) {
		return outer.execute(status -> {
			jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK).query((rs, n) -> 1).list();
			return writeLocked(tenant.value());
		});
	}

	/** The highest signed checkpoint of the tenant in the file; needs no actor. */
	public Optional<Checkpoint> latest(TenantId tenant) {
		return Optional.ofNullable(file.scan(tenant.value()).latest());
	}

	private Result writeLocked(UUID tenant) {
		Checkpoint last = lastWritten().get(tenant);
		return asSystem(tenant, () -> {
			Optional<Head> head = jdbc.sql("""
					SELECT e.seq, e.hash, e.key_id FROM audit_chain_head h
					  JOIN audit_entry e ON e.tenant_id = h.tenant_id AND e.seq = h.last_seq
					 WHERE h.tenant_id = ?""")
				.param(tenant)
				.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getString(3)))
				.optional();
			if (head.isEmpty()) {
				return new Result(Outcome.EMPTY, null);
			}
			Head h = head.get();
			if (last != null && h.seq() == last.seq() && h.mac().equals(last.mac())) {
				return new Result(Outcome.UNCHANGED, last);
			}
			if (last != null && h.seq() < last.seq()) {
				log.error("Audit chain of tenant {} ends at seq {} before its checkpoint seq {}: entries deleted? "
						+ "Checkpoint not written", tenant, h.seq(), last.seq());
				return new Result(Outcome.REFUSED, last);
			}
			if (last != null && !last.mac().equals(macAt(tenant, last.seq()))) {
				log.error("Audit chain of tenant {} no longer holds its checkpoint seq {} with the same MAC: rewritten? "
						+ "Checkpoint not written", tenant, last.seq());
				return new Result(Outcome.REFUSED, last);
			}
			Checkpoint checkpoint = new Checkpoint(tenant, h.seq(), h.mac(), h.keyId(),
					Instant.now(clock).truncatedTo(ChronoUnit.MILLIS), keys.current().id());
			file.append(checkpoint);
			lastWritten.put(tenant, checkpoint);
			return new Result(Outcome.WRITTEN, checkpoint);
		});
	}

	private String macAt(UUID tenant, long seq) {
		return jdbc.sql("SELECT hash FROM audit_entry WHERE tenant_id = ? AND seq = ?").params(tenant, seq)
			.query(String.class).optional().orElse(null);
	}

	private Map<UUID, Checkpoint> lastWritten() {
		if (lastWritten == null) {
			synchronized (this) {
				if (lastWritten == null) {
					lastWritten = new ConcurrentHashMap<>(file.latestOfEveryTenant());
				}
			}
		}
		return lastWritten;
	}

	/**
	 * Reads the tenant's head as a system actor of that tenant, so that its connection is under the
	 * tenant's row-level security like any request (the demo loader does the same).
	 */
	private Result asSystem(UUID tenant, java.util.function.Supplier<Result> task) {
		Actor system = new Actor(new UserId(new UUID(0, 0)), "audit-checkpoint", new TenantId(tenant),
				new AgencyId(new UUID(0, 0)), Set.of());
		Result[] result = new Result[1];
		ActorContext.runAs(system, () -> result[0] = perTenant.execute(status -> task.get()));
		return result[0];
	}

	private record Head(long seq, String mac, String keyId) {
	}
}
