package jp.kasane.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.kasane.organization.ThrottlePolicy.Counter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed sign-ins kept in PostgreSQL (table {@code sign_in_failure}), so that every application node sees the same
 * counters. A sign-in {@link #begin begins} (refused at once while its address must wait), then is settled as
 * {@link #failed} or {@link #succeeded}. The row of the address alone has {@code username = ''}.
 */
@Component
class SignInThrottle {

	/** A sign-in attempt in progress: the counters it saw and those it was charged to in advance. */
	record Attempt(String username, String address, Optional<Duration> retryAfter, List<Counter> seen, List<Counter> charged) {

		boolean throttled() {
			return retryAfter.isPresent();
		}
	}

	private final JdbcClient jdbc;
	private final TransactionTemplate tx;
	private final ThrottlePolicy policy;
	private volatile Clock clock;

	SignInThrottle(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock, ThrottlePolicy policy) {
		this.jdbc = jdbc;
		this.tx = new TransactionTemplate(transactions);
		this.clock = clock;
		this.policy = policy;
	}

	/**
	 * Looks at the counters of (login id, address) and of the address. While either must wait, the attempt is refused
	 * without a password check. An attempt that would reach a threshold if it failed is counted now, under the row's
	 * lock, so that attempts sent in parallel are refused instead of all being checked.
	 */
	Attempt begin(String username, String address) {
		String user = key(username);
		Instant now = now();
		// The usual case reads without a lock: nothing to wait for, and no counter near its threshold.
		List<Counter> glance = counters(address, user, "");
		if (waitOf(glance, now).isPresent() || glance.stream().noneMatch(c -> policy.chargeInAdvance(c, now))) {
			return new Attempt(user, address, waitOf(glance, now), glance, List.of());
		}
		return tx.execute(status -> {
			List<Counter> seen = counters(address, user, " FOR UPDATE");
			Optional<Duration> wait = waitOf(seen, now);
			if (wait.isPresent()) {
				return new Attempt(user, address, wait, seen, List.of());
			}
			List<Counter> charged = new ArrayList<>();
			for (Counter c : seen) {
				if (policy.chargeInAdvance(c, now)) {
					store(address, c.perAddress() ? "" : user, policy.afterFailure(c, now));
					charged.add(c);
				}
			}
			return new Attempt(user, address, Optional.empty(), seen, charged);
		});
	}

	private List<Counter> counters(String address, String user, String lock) {
		return jdbc.sql("""
				SELECT username, failures, last_failure_at, next_allowed_at FROM sign_in_failure
				 WHERE address = ? AND username IN (?, '')""" + lock)
			.params(address, user)
			.query(SignInThrottle::counter)
			.list();
	}

	private Optional<Duration> waitOf(List<Counter> counters, Instant now) {
		return counters.stream().map(c -> policy.wait(c, now)).flatMap(Optional::stream).max(Duration::compareTo);
	}

	/** Counts the failure on both counters (those charged in advance are counted already). */
	void failed(Attempt attempt) {
		Instant now = now();
		tx.executeWithoutResult(status -> {
			for (boolean perAddress : new boolean[] { false, true }) {
				if (attempt.charged().stream().anyMatch(c -> c.perAddress() == perAddress)) {
					continue;
				}
				String user = perAddress ? "" : attempt.username();
				jdbc.sql("""
						INSERT INTO sign_in_failure (address, username, failures, last_failure_at, next_allowed_at)
						VALUES (?, ?, 0, ?, ?) ON CONFLICT DO NOTHING""")
					.params(attempt.address(), user, utc(now), utc(now))
					.update();
				Counter current = jdbc.sql("""
						SELECT username, failures, last_failure_at, next_allowed_at FROM sign_in_failure
						 WHERE address = ? AND username = ? FOR UPDATE""")
					.params(attempt.address(), user)
					.query(SignInThrottle::counter)
					.single();
				store(attempt.address(), user, policy.afterFailure(current, now));
			}
			// Counters nobody has touched for a while are no longer needed.
			jdbc.sql("DELETE FROM sign_in_failure WHERE last_failure_at < ?")
				.param(utc(now.minus(policy.forgetAfter())))
				.update();
		});
	}

	/**
	 * A successful sign-in clears the counter of (login id, address) and takes back the advance charge of the address
	 * counter; failures of the address with other login ids still count.
	 */
	void succeeded(Attempt attempt) {
		if (attempt.seen().stream().allMatch(Counter::perAddress) && attempt.charged().isEmpty()) {
			return; // the usual case: no failure of this login id here, no advance charge: nothing to write
		}
		tx.executeWithoutResult(status -> {
			jdbc.sql("DELETE FROM sign_in_failure WHERE address = ? AND username = ?")
				.params(attempt.address(), attempt.username())
				.update();
			attempt.charged().stream().filter(Counter::perAddress).forEach(before -> store(attempt.address(), "", before));
		});
	}

	/** PostgreSQL keeps microseconds: a wait computed in nanoseconds would end a little later once stored. */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/** Lets a test move time on without sleeping; answers the clock used until now. */
	Clock useClock(Clock replacement) {
		Clock previous = clock;
		clock = replacement;
		return previous;
	}

	/** 管理者によるロック解除: clears the counters of a login id at every address. */
	int clear(String username) {
		return jdbc.sql("DELETE FROM sign_in_failure WHERE username = ?").param(key(username)).update();
	}

	private void store(String address, String user, Counter c) {
		jdbc.sql("""
				UPDATE sign_in_failure SET failures = ?, last_failure_at = ?, next_allowed_at = ?
				 WHERE address = ? AND username = ?""")
			.params(c.failures(), utc(c.lastFailureAt()), utc(c.nextAllowedAt()), address, user)
			.update();
	}

	/** Login ids are compared as typed; an absurdly long one is cut so that it still fits the key. */
	private static String key(String username) {
		String user = username == null || username.isEmpty() ? "(empty)" : username;
		return user.length() > 100 ? user.substring(0, 100) : user;
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Counter counter(ResultSet rs, int row) throws SQLException {
		return new Counter(rs.getString("username").isEmpty(), rs.getInt("failures"),
				rs.getObject("last_failure_at", OffsetDateTime.class).toInstant(),
				rs.getObject("next_allowed_at", OffsetDateTime.class).toInstant());
	}
}
