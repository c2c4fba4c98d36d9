package jp.kasane.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash test, not part of {@code mvn verify} (surefire's default includes do not match {@code *Benchmark}):
 *
 * <pre>mvn -B -Pbenchmark test -Dtest=CrashBenchmark</pre>
 *
 * Kasane runs as a child JVM as the default run does (embedded PostgreSQL in a temporary data folder, demo town of
 * {@value #HOUSEHOLDS} households). {@value #CLIENTS} clients register people through the API as the caseworker
 * {@value #USER}; after {@code crash.writes} acknowledged writes (default {@value #WRITES}) or {@code crash.seconds}
 * (default {@value #SECONDS}), while they are still writing, the test kills with SIGKILL either (A) the JVM alone or
 * (B) the JVM and PostgreSQL (the postmaster of {@code postmaster.pid} and all its processes). It then starts the
 * JVM again on the same folders, notes whether that first start got healthy, and reads back every acknowledged id
 * through the API. Each mode runs {@code crash.rounds} times (default {@value #ROUNDS}); the rounds follow each
 * other on one database. It fails if an acknowledged write is missing or a first restart fails.
 */
class CrashBenchmark {

	static final int HOUSEHOLDS = 10;
	static final int CLIENTS = 4;
	static final String USER = "hokatsu";
	static final int ROUNDS = Integer.getInteger("crash.rounds", 3);
	static final int WRITES = Integer.getInteger("crash.writes", 60);
	static final int SECONDS = Integer.getInteger("crash.seconds", 20);
	/** Bounds of one start: the first one creates the schema and the demo town. */
	static final Duration FIRST_START = Duration.ofMinutes(5);
	static final Duration RESTART = Duration.ofMinutes(3);
	/** Starts tried after a crash before giving up: the first one is what is measured, the others let the test go on. */
	static final int STARTS = 3;
	static final Path LOGS = Path.of("target", "crash-benchmark");

	enum Mode {
		JVM("A: kill -9 of the JVM", KasaneProcess::killJvm),
		JVM_AND_DATABASE("B: kill -9 of the JVM and PostgreSQL", KasaneProcess::killJvmAndDatabase);

		final String label;
		final Consumer<KasaneProcess> kill;

		Mode(String label, Consumer<KasaneProcess> kill) {
			this.label = label;
			this.kill = kill;
		}
	}

	/** One crash: writes acknowledged before it, ids missing after it (null if no start came up to tell). */
	record Round(Mode mode, int number, int acknowledged, double seconds, int refused, int failed,
			KasaneProcess.Start firstRestart, int startsNeeded, List<String> missing) {
	}

	@Test
	void killNineUnderAWriteLoadLosesNothingAndTheFirstRestartWorks(@TempDir Path folder) throws Exception {
		List<Round> rounds = new ArrayList<>();
		System.out.printf("%n=== Crash test: %d clients as %s (POST /api/v1/people), kill after %d acknowledged writes or %d s, "
				+ "%d rounds per mode, %d cores ===%n", CLIENTS, USER, WRITES, SECONDS, ROUNDS,
				Runtime.getRuntime().availableProcessors());
		KasaneProcess kasane = new KasaneProcess(folder, HOUSEHOLDS);
		try {
			KasaneProcess.Start first = kasane.start(FIRST_START);
			print("first start (new data folder)", first);
			assertThat(first.up()).as("the first start on an empty folder: %s %s", first.outcome(), first.logged()).isTrue();
			rounds: for (Mode mode : Mode.values()) {
				for (int number = 1; number <= ROUNDS; number++) {
					Round round = round(kasane, mode, number);
					rounds.add(round);
					if (round.missing() == null) {
						break rounds; // nothing runs any more: the next rounds cannot be measured
					}
				}
			}
		}
		finally {
			kasane.close();
			kasane.keepLogs(LOGS);
			table(rounds);
			System.out.println("logs of every start: " + LOGS.toAbsolutePath());
		}
		List<String> problems = new ArrayList<>();
		for (Round round : rounds) {
			String name = round.mode().label + " round " + round.number();
			if (!round.firstRestart().up()) {
				problems.add(name + ": first restart " + round.firstRestart().outcome());
			}
			if (round.missing() == null) {
				problems.add(name + ": no start came up after " + round.startsNeeded() + " tries");
			}
			else if (!round.missing().isEmpty()) {
				problems.add(name + ": " + round.missing().size() + " of " + round.acknowledged() + " acknowledged writes missing");
			}
		}
		assertThat(rounds).as("rounds run").hasSize(ROUNDS * Mode.values().length);
		assertThat(problems).as("acknowledged writes lost or first restarts failed").isEmpty();
	}

	private static Round round(KasaneProcess kasane, Mode mode, int number) throws Exception {
		WriteLoad load = new WriteLoad(kasane.port(), USER, WRITES).start(CLIENTS);
		long began = System.nanoTime();
		double seconds;
		List<String> acknowledged;
		try {
			load.awaitAcknowledged(Duration.ofSeconds(SECONDS));
			seconds = (System.nanoTime() - began) / 1e9;
			mode.kill.accept(kasane); // the clients are still writing
		}
		finally {
			acknowledged = load.stop();
		}

		KasaneProcess.Start firstRestart = kasane.start(RESTART);
		print(mode.label + " round " + number + ", first restart", firstRestart);
		KasaneProcess.Start last = firstRestart;
		int starts = 1;
		while (!last.up() && starts < STARTS) {
			last = kasane.start(RESTART);
			starts++;
			print(mode.label + " round " + number + ", start " + starts, last);
		}
		List<String> missing = last.up() ? new WriteLoad(kasane.port(), USER, 0).missing(acknowledged, CLIENTS) : null;
		Round round = new Round(mode, number, acknowledged.size(), seconds, load.refused(), load.failed(), firstRestart, starts, missing);
		System.out.printf("%s round %d: %d acknowledged in %.1f s (%.1f/s; %d answered with an error, %d clients cut off by the kill), "
				+ "missing after restart: %s%n", mode.label, number, round.acknowledged(), seconds, round.acknowledged() / seconds,
				round.refused(), round.failed(), missing == null ? "unknown (never came up)" : missing.size());
		return round;
	}

	private static void print(String what, KasaneProcess.Start start) {
		System.out.printf("%s: %s after %.1f s%n", what, start.outcome(), start.took().toMillis() / 1000.0);
		start.logged().forEach(line -> System.out.println("    | " + line));
	}

	private static void table(List<Round> rounds) {
		System.out.println();
		System.out.printf("%-40s | %6s | %19s | %21s | %s%n", "mode", "rounds", "acknowledged writes", "missing after restart",
				"first restart succeeded");
		for (Mode mode : Mode.values()) {
			List<Round> of = rounds.stream().filter(r -> r.mode() == mode).toList();
			int acknowledged = of.stream().mapToInt(Round::acknowledged).sum();
			boolean unknown = of.stream().anyMatch(r -> r.missing() == null);
			int missing = of.stream().filter(r -> r.missing() != null).mapToInt(r -> r.missing().size()).sum();
			long up = of.stream().filter(r -> r.firstRestart().up()).count();
			System.out.printf("%-40s | %6d | %19d | %21s | %d of %d%n", mode.label, of.size(), acknowledged,
					missing + (unknown ? " (+ unknown)" : ""), up, of.size());
		}
		System.out.println();
	}
}
