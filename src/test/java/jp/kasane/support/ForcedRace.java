package jp.kasane.support;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.sql.DataSource;

/**
 * Makes two requests meet in the database, every time and without sleeping. The test's own transaction (on the
 * schema owner's connection, scoped to the tenant so row-level security lets it see the rows) holds a lock that both
 * requests need; both are started on their own threads; only once two backends wait on a lock is the hold
 * released. Whatever the requests then do, they do with the other one in flight: a check-then-act that is not
 * serialised lets both act, and the test sees it. The second is started only once the first waits, so the first
 * is always the one already furthest in (both are still in flight together when the hold is released).
 *
 * <p>Which lock to hold: the row both requests change (both read it first, then queue on the change), or the
 * table the first change lands in next (the first request queues there mid-change while the second either queues
 * behind it, when the code serialises them, or queues there too, when it does not).
 */
public final class ForcedRace {

	private static final Duration BOUND = Duration.ofSeconds(30);

	private final DataSource owner;
	private final UUID tenant;

	public ForcedRace(DataSource owner, UUID tenant) {
		this.owner = owner;
		this.tenant = tenant;
	}

	/** The tenant of a user, read through the sign-in function (no row-level security needed). */
	public static UUID tenantOf(DataSource owner, String username) {
		try (Connection c = owner.getConnection();
				PreparedStatement s = c.prepareStatement("SELECT tenant_id FROM auth_find_user(?)")) {
			s.setString(1, username);
			try (ResultSet rs = s.executeQuery()) {
				rs.next();
				return rs.getObject(1, UUID.class);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Runs both requests while {@code hold} (e.g. {@code SELECT 1 FROM consent WHERE id = ? FOR UPDATE} or
	 * {@code LOCK TABLE x IN EXCLUSIVE MODE}) is held, releases it once both wait, and returns both answers.
	 */
	public <T> List<T> run(String hold, List<Object> params, Supplier<T> first, Supplier<T> second) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try (Connection holder = owner.getConnection()) {
			holder.setAutoCommit(false);
			scope(holder);
			try (PreparedStatement lock = holder.prepareStatement(hold)) {
				for (int i = 0; i < params.size(); i++) {
					lock.setObject(i + 1, params.get(i));
				}
				lock.execute();
			}
			CompletableFuture<T> a = CompletableFuture.supplyAsync(first, threads);
			await("the first request waiting on a lock").atMost(BOUND).until(() -> a.isDone() || waiting(holder) >= 1);
			CompletableFuture<T> b = CompletableFuture.supplyAsync(second, threads);
			await("both requests waiting on a lock").atMost(BOUND)
				.until(() -> a.isDone() || b.isDone() || waiting(holder) >= 2);
			if (a.isDone() || b.isDone()) {
				holder.rollback();
				throw new AssertionError("a request finished before both met at the lock: "
						+ (a.isDone() ? a.get() : b.get()));
			}
			holder.rollback();
			return List.of(a.get(BOUND.toSeconds(), TimeUnit.SECONDS), b.get(BOUND.toSeconds(), TimeUnit.SECONDS));
		}
		finally {
			threads.shutdownNow();
		}
	}

	/** A count over the tenant's rows, as the schema owner sees them. */
	public long count(String sql, Object... params) throws SQLException {
		try (Connection c = owner.getConnection()) {
			c.setAutoCommit(false);
			try {
				scope(c);
				try (PreparedStatement s = c.prepareStatement(sql)) {
					for (int i = 0; i < params.length; i++) {
						s.setObject(i + 1, params[i]);
					}
					try (ResultSet rs = s.executeQuery()) {
						rs.next();
						return rs.getLong(1);
					}
				}
			}
			finally {
				c.rollback();
			}
		}
	}

	private void scope(Connection c) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("SELECT set_config('kasane.tenant_id', ?, true)")) {
			s.setString(1, tenant.toString());
			s.execute();
		}
	}

	/** Backends other than the holder waiting for a lock (pg_locks is readable by every role). */
	private static long waiting(Connection holder) throws SQLException {
		try (PreparedStatement s = holder.prepareStatement(
				"SELECT count(DISTINCT pid) FROM pg_locks WHERE NOT granted AND pid <> pg_backend_pid()");
				ResultSet rs = s.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		}
	}
}
