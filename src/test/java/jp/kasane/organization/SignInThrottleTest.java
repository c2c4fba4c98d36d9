package jp.kasane.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import jp.kasane.IntegrationTest;
import jp.kasane.support.Api;
import jp.kasane.support.LoopbackClient;
import jp.kasane.support.LoopbackClient.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11 item 5 over real HTTP: wrong passwords from one client address (127.0.x.y, bound by the client socket so
 * that the server's getRemoteAddr differs) throttle that address only; the user still signs in at once from their own
 * desk (another address); a throttled attempt is refused without its password being checked, with a growing wait;
 * after the wait (the throttle's clock is moved on, no sleeps) the address may try again; an administrator's unlock
 * clears the counters. Form login and HTTP Basic on /api alike.
 */
class SignInThrottleTest extends IntegrationTest {

	@Autowired
	SignInThrottle throttle;

	private final MovableClock clock = new MovableClock(Instant.now().plus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
	private Clock previous;

	@BeforeEach
	void pinTheThrottlesClock() {
		previous = throttle.useClock(clock);
	}

	@AfterEach
	void giveTheClockBack() {
		throttle.useClock(previous);
	}

	@Test
	void wrongPasswordsFromAnAttackersAddressDoNotStopTheUserAtTheirDeskOverBasic() {
		String user = newAccount();
		LoopbackClient attacker = client();
		LoopbackClient desk = client();

		for (int i = 0; i < 5; i++) {
			assertThat(attacker.basic("/api/v1/tenant", user, "not-the-password").status()).isEqualTo(401);
		}
		Response throttled = attacker.basic("/api/v1/tenant", user, "not-the-password");
		assertThat(throttled.status()).isEqualTo(429);
		assertThat(throttled.header("Retry-After")).isEqualTo("1");
		assertThat(throttled.header("Content-Type")).startsWith("application/problem+json");
		assertThat(throttled.body()).contains("\"code\":\"SIGN_IN_THROTTLED\"").contains("1秒");
		assertThat(attacker.basic("/api/v1/tenant", user, PASSWORD).status())
			.as("the right password is refused too: it is not even checked").isEqualTo(429);
		assertThat(failures(attacker, user)).as("refused attempts are not counted").isEqualTo(5);

		assertThat(desk.basic("/api/v1/tenant", user, PASSWORD).status()).as("the user's own desk").isEqualTo(200);

		clock.advance(Duration.ofSeconds(1));
		assertThat(attacker.basic("/api/v1/tenant", user, "still-wrong").status()).isEqualTo(401);
		Response longer = attacker.basic("/api/v1/tenant", user, PASSWORD);
		assertThat(longer.status()).isEqualTo(429);
		assertThat(longer.header("Retry-After")).as("the wait doubles").isEqualTo("2");
		clock.advance(Duration.ofSeconds(1));
		assertThat(attacker.basic("/api/v1/tenant", user, PASSWORD).status()).isEqualTo(429);

		clock.advance(Duration.ofSeconds(1));
		assertThat(attacker.basic("/api/v1/tenant", user, PASSWORD).status()).as("after the wait").isEqualTo(200);
		assertThat(failures(attacker, user)).as("a success clears that pair's counter").isZero();
	}

	@Test
	void theLoginPageSaysHowLongToWaitAndTheDeskSignsInAtOnce() {
		String user = newAccount();
		LoopbackClient attacker = client();
		for (int i = 0; i < 5; i++) {
			assertThat(attacker.login(user, "not-the-password").header("Location")).endsWith("/login?error");
		}
		for (int i = 0; i < 3; i++) {
			clock.advance(Duration.ofSeconds(1L << i));
			attacker.login(user, "not-the-password");
		}
		assertThat(failures(attacker, user)).isEqualTo(8);

		Response refused = attacker.login(user, PASSWORD);
		assertThat(refused.header("Location")).endsWith("/login?error");
		assertThat(attacker.get("/login?error").body()).contains("一時的に制限しています").contains("8秒ほど待って");

		LoopbackClient desk = client();
		Response signedIn = desk.login(user, PASSWORD);
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.header("Location")).doesNotContain("error");
		assertThat(desk.get("/").status()).isEqualTo(200);

		clock.advance(Duration.ofSeconds(8));
		assertThat(attacker.login(user, PASSWORD).header("Location")).doesNotContain("error");
	}

	@Test
	void anAdministratorsUnlockClearsTheAccountsCountersAndIsAudited() {
		String user = newAccount();
		String id = userId(user);
		LoopbackClient attacker = client();
		for (int i = 0; i < 6; i++) {
			attacker.basic("/api/v1/tenant", user, "not-the-password");
		}
		assertThat(attacker.basic("/api/v1/tenant", user, PASSWORD).status()).isEqualTo(429);
		Api.Response account = api("admin").get("/api/v1/users/" + id);
		assertThat(account.json().path("throttled").asBoolean()).as(account.body() + owner.sql(
				"SELECT string_agg(address || ' ' || failures || ' ' || last_failure_at || ' ' || next_allowed_at, '; ') FROM sign_in_failure WHERE username = ?")
			.param(user).query(String.class).single()).isTrue();
		assertThat(pages("admin").get("/admin/users").body()).contains("ログイン制限中");

		assertThat(api("hokatsu").post("/api/v1/users/" + id + "/unlock", Map.of()).status()).isEqualTo(403);
		Api.Response unlocked = api("admin").post("/api/v1/users/" + id + "/unlock", Map.of());
		assertThat(unlocked.status()).as(unlocked.body()).isEqualTo(200);
		assertThat(unlocked.json().path("throttled").asBoolean()).isFalse();
		assertThat(attacker.basic("/api/v1/tenant", user, PASSWORD).status()).isEqualTo(200);
		assertThat(owner.sql("SELECT count(*) FROM audit_entry WHERE record_type = 'user-account' AND record_id = ? AND action = 'UNLOCK'")
			.param(id).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void sprayingManyLoginIdsFromOneAddressThrottlesThatAddressOnly() {
		String user = newAccount();
		LoopbackClient sprayer = client();
		for (int i = 0; i < 50; i++) {
			assertThat(sprayer.basic("/api/v1/tenant", "spray-" + i + "-" + user, "guess").status()).isEqualTo(401);
		}
		Response refused = sprayer.basic("/api/v1/tenant", user, PASSWORD);
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.body()).contains("SIGN_IN_THROTTLED");
		assertThat(client().basic("/api/v1/tenant", user, PASSWORD).status()).isEqualTo(200);
	}

	@Test
	void attemptsSentTogetherAtTheThresholdAreNotAllChecked() throws Exception {
		String user = newAccount();
		LoopbackClient attacker = client();
		for (int i = 0; i < 4; i++) {
			attacker.basic("/api/v1/tenant", user, "not-the-password");
		}
		int parallel = 8;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(parallel);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < parallel; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return attacker.basic("/api/v1/tenant", user, "guess-" + UUID.randomUUID()).status();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
			assertThat(statuses).as("one attempt reaches the threshold, the others wait").containsOnlyOnce(401);
			assertThat(statuses.stream().filter(s -> s == 429).count()).isEqualTo(parallel - 1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(failures(attacker, user)).isEqualTo(5);
	}

	private LoopbackClient client() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return new LoopbackClient("127." + random.nextInt(1, 255) + "." + random.nextInt(1, 255) + "." + random.nextInt(2, 255), port);
	}

	/** An account with a role that reads no resident data, so that it is given at once. */
	private String newAccount() {
		String username = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
		UUID agency = owner.sql("SELECT agency_id FROM auth_find_user('kansa')").query(UUID.class).single();
		Api.Response created = api("admin").post("/api/v1/users", Map.of("username", username, "displayName", "試験 太郎",
				"agencyId", agency.toString(), "roles", List.of("AUDITOR"), "password", PASSWORD, "enabled", true));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return username;
	}

	private String userId(String username) {
		return owner.sql("SELECT id FROM auth_find_user(?)").param(username).query(UUID.class).single().toString();
	}

	private int failures(LoopbackClient from, String user) {
		return owner.sql("SELECT coalesce(sum(failures), 0) FROM sign_in_failure WHERE username = ?")
			.param(user).query(Integer.class).single();
	}

	/** A clock that only moves when told. */
	static final class MovableClock extends Clock {

		private volatile Instant now;

		MovableClock(Instant start) {
			this.now = start;
		}

		void advance(Duration by) {
			now = now.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("Asia/Tokyo");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
