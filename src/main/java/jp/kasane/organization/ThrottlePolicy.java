package jp.kasane.organization;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long a client address must wait before its next sign-in attempt is checked (ログイン試行の制限). Failures are
 * counted per (login id, address) and per address; after {@code threshold} failures the next attempt waits
 * {@code baseDelay × 2^(failures − threshold)}, at most {@code maxDelay}. A counter with no failure for
 * {@code forgetAfter} starts again from zero. Nothing here locks an account: another address is never affected.
 */
record ThrottlePolicy(int accountThreshold, int addressThreshold, Duration baseDelay, Duration maxDelay,
		Duration forgetAfter) {

	ThrottlePolicy {
		if (accountThreshold < 1 || addressThreshold < 1 || baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0
				|| forgetAfter.compareTo(maxDelay) < 0) {
			throw new IllegalArgumentException("kasane.security.throttle.*: thresholds ≥ 1, base ≤ max ≤ forget-after");
		}
	}

	/** One counter: for a login id at an address, or for the address alone ({@code perAddress}). */
	record Counter(boolean perAddress, int failures, Instant lastFailureAt, Instant nextAllowedAt) {
	}

	int threshold(boolean perAddress) {
		return perAddress ? addressThreshold : accountThreshold;
	}

	/** Failures that still count at {@code now} (an old counter is forgotten). */
	int failures(Counter c, Instant now) {
		return c.lastFailureAt().plus(forgetAfter).isAfter(now) ? c.failures() : 0;
	}

	/** The wait imposed after {@code failures} failures: none below the threshold, then doubling up to the cap. */
	Duration delayAfter(int failures, boolean perAddress) {
		int over = failures - threshold(perAddress);
		if (over < 0) {
			return Duration.ZERO;
		}
		if (over >= 40) {
			return maxDelay;
		}
		Duration delay = baseDelay.multipliedBy(1L << over);
		return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
	}

	/** How much longer an attempt must wait, if at all. */
	Optional<Duration> wait(Counter c, Instant now) {
		if (failures(c, now) == 0 || !c.nextAllowedAt().isAfter(now)) {
			return Optional.empty();
		}
		return Optional.of(Duration.between(now, c.nextAllowedAt()));
	}

	/**
	 * Whether an attempt now, if it fails, brings the counter to its threshold or beyond; such an attempt is counted
	 * before its password is checked, so that attempts sent at the same moment cannot all slip through.
	 */
	boolean chargeInAdvance(Counter c, Instant now) {
		return failures(c, now) + 1 >= threshold(c.perAddress());
	}

	/** The counter after one more failure at {@code now}. */
	Counter afterFailure(Counter c, Instant now) {
		int failures = failures(c, now) + 1;
		return new Counter(c.perAddress(), failures, now, now.plus(delayAfter(failures, c.perAddress())));
	}
}
