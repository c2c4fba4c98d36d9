package jp.kasane.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import jp.kasane.organization.ThrottlePolicy.Counter;
import org.junit.jupiter.api.Test;

/** The throttle's arithmetic with the default settings: 5 per login id and address, 50 per address, 1 s doubling to 15 min. */
class ThrottlePolicyTest {

	private final ThrottlePolicy policy = new ThrottlePolicy(5, 50, Duration.ofSeconds(1), Duration.ofMinutes(15),
			Duration.ofHours(1));

	private final Instant now = Instant.parse("2026-12-04T09:00:00Z");

	@Test
	void noWaitBelowTheThresholdThenDoublingFromOneSecondUpToTheCap() {
		assertThat(policy.delayAfter(4, false)).isZero();
		assertThat(policy.delayAfter(5, false)).hasSeconds(1);
		assertThat(policy.delayAfter(6, false)).hasSeconds(2);
		assertThat(policy.delayAfter(7, false)).hasSeconds(4);
		assertThat(policy.delayAfter(14, false)).hasSeconds(512);
		assertThat(policy.delayAfter(15, false)).isEqualTo(Duration.ofMinutes(15));
		assertThat(policy.delayAfter(10_000, false)).isEqualTo(Duration.ofMinutes(15));
		assertThat(policy.delayAfter(49, true)).isZero();
		assertThat(policy.delayAfter(50, true)).hasSeconds(1);
	}

	@Test
	void theWaitIsWhatRemainsUntilTheNextAllowedAttempt() {
		Counter c = policy.afterFailure(new Counter(false, 5, now.minusSeconds(10), now.minusSeconds(8)), now);
		assertThat(c.failures()).isEqualTo(6);
		assertThat(policy.wait(c, now)).contains(Duration.ofSeconds(2));
		assertThat(policy.wait(c, now.plusMillis(1500))).contains(Duration.ofMillis(500));
		assertThat(policy.wait(c, now.plusSeconds(2))).isEmpty();
	}

	@Test
	void anHourWithoutFailureStartsTheCounterAgain() {
		Counter old = new Counter(false, 12, now.minus(Duration.ofMinutes(61)), now.minus(Duration.ofMinutes(50)));
		assertThat(policy.failures(old, now)).isZero();
		assertThat(policy.wait(old, now)).isEmpty();
		assertThat(policy.afterFailure(old, now).failures()).isEqualTo(1);
	}

	@Test
	void anAttemptThatWouldReachTheThresholdIsCountedBeforeItsPasswordIsChecked() {
		assertThat(policy.chargeInAdvance(new Counter(false, 3, now, now), now)).isFalse();
		assertThat(policy.chargeInAdvance(new Counter(false, 4, now, now), now)).isTrue();
		assertThat(policy.chargeInAdvance(new Counter(true, 48, now, now), now)).isFalse();
		assertThat(policy.chargeInAdvance(new Counter(true, 49, now, now), now)).isTrue();
	}
}
