package jp.kasane.platform;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Kasane as a child JVM on one data folder, run like the default run (no test profile, no test classes), so the
 * crash test can {@code kill -9} it and its embedded PostgreSQL and start it again on the same folders. Everything
 * listens on 127.0.0.1.
 */
final class KasaneProcess implements AutoCloseable {

	/** How a start went: up (health UP) or not, in how long, and the log lines that say why. */
	record Start(boolean up, Duration took, String outcome, List<String> logged) {
	}

	private final Path folder;
	private final Path dataDir;
	private final Path secretsDir;
	private final int households;
	private Process jvm;
	private int port;
	private int starts;

	KasaneProcess(Path folder, int households) {
		this.folder = folder;
		this.dataDir = folder.resolve("postgres");
		this.secretsDir = folder.resolve("secrets");
		this.households = households;
	}

	int port() {
		return port;
	}

	/** Starts a new child JVM and polls its health (at most {@code limit}); a start that never gets UP is killed. */
	Start start(Duration limit) {
		port = freePort();
		Path log = folder.resolve("start-" + (++starts) + ".log");
		long began = System.nanoTime();
		try {
			ProcessBuilder builder = new ProcessBuilder(command()).redirectErrorStream(true).redirectOutput(log.toFile());
			// the default run: no profile and no Spring settings leak in from the environment of the build
			builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.equals("PORT"));
			jvm = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = began + limit.toNanos();
		while (System.nanoTime() < deadline) {
			if (!jvm.isAlive()) {
				return new Start(false, since(began), "exited with code " + jvm.exitValue(), interesting(log));
			}
			if (healthUp(http)) {
				return new Start(true, since(began), "health UP", interesting(log));
			}
			waitForExit(jvm, Duration.ofMillis(500)); // the poll interval; returns at once if the JVM dies
		}
		jvm.destroyForcibly();
		waitForExit(jvm, Duration.ofSeconds(30));
		return new Start(false, since(began), "no health UP within " + limit.toSeconds() + " s (killed)", interesting(log));
	}

	/** {@code kill -9} of the JVM alone: its PostgreSQL (not a child of the JVM) is left running, as after a crash. */
	void killJvm() {
		jvm.destroyForcibly();
		waitForExit(jvm, Duration.ofSeconds(30));
	}

	/**
	 * {@code kill -9} of PostgreSQL (the postmaster and all its processes) and of the JVM at the same moment, as a
	 * power cut would: the database first, so no background writer gets time to flush what the JVM was told was
	 * committed.
	 */
	void killJvmAndDatabase() {
		ProcessHandle postmaster = postmaster()
			.orElseThrow(() -> new IllegalStateException("no running postmaster found under " + folder + " to kill"));
		List<ProcessHandle> database = new ArrayList<>(List.of(postmaster));
		postmaster.descendants().forEach(database::add);
		database.forEach(ProcessHandle::destroyForcibly);
		jvm.destroyForcibly();
		waitForExit(jvm, Duration.ofSeconds(30));
		database.forEach(process -> waitForExit(process, Duration.ofSeconds(30)));
	}

	/** Stops the JVM (gracefully if it can), then any PostgreSQL still running on the data folder. */
	@Override
	public void close() {
		if (jvm != null && jvm.isAlive()) {
			jvm.destroy();
			if (!waitForExit(jvm, Duration.ofSeconds(60))) {
				jvm.destroyForcibly();
				waitForExit(jvm, Duration.ofSeconds(30));
			}
		}
		postmaster().ifPresent(postmaster -> {
			List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
			all.add(postmaster);
			all.forEach(ProcessHandle::destroyForcibly);
			all.forEach(process -> waitForExit(process, Duration.ofSeconds(30)));
		});
	}

	/**
	 * The running postmaster of this run: pid on line 1 of postmaster.pid (in the data folder, or below it should
	 * the layout change), if that process is alive and is a postgres.
	 */
	Optional<ProcessHandle> postmaster() {
		List<Path> pidFiles = List.of(dataDir.resolve("postmaster.pid"));
		if (!Files.exists(pidFiles.get(0))) {
			try (var found = Files.find(folder, 3, (path, attributes) -> path.getFileName().toString().equals("postmaster.pid"))) {
				pidFiles = found.toList();
			}
			catch (IOException | UncheckedIOException ex) {
				return Optional.empty();
			}
		}
		return pidFiles.stream().map(KasaneProcess::runningPostgres).flatMap(Optional::stream).findFirst();
	}

	private static Optional<ProcessHandle> runningPostgres(Path pidFile) {
		try {
			List<String> lines = Files.readAllLines(pidFile);
			return lines.isEmpty() ? Optional.empty()
					: ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
						.filter(ProcessHandle::isAlive)
						.filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private List<String> command() {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
				"-Duser.timezone=Asia/Tokyo", "-cp", applicationClassPath(), "jp.kasane.KasaneApplication"));
		command.addAll(List.of("--server.port=" + port, "--server.address=127.0.0.1",
				"--kasane.embedded-db.data-dir=" + dataDir, "--kasane.embedded-db.secrets-dir=" + secretsDir,
				"--kasane.demo.households=" + households, "--spring.main.banner-mode=off"));
		return command;
	}

	/** This JVM's class path without the test classes (their resources and beans are not part of a real run). */
	private static String applicationClassPath() {
		String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		return Arrays.stream(classPath.split(File.pathSeparator))
			.filter(entry -> !entry.replace('\\', '/').endsWith("target/test-classes"))
			.collect(Collectors.joining(File.pathSeparator));
	}

	private boolean healthUp(HttpClient http) {
		try {
			HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
				.timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return health.statusCode() == 200 && health.body().contains("\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** What a start said about its profile and database, and why it failed if it did (the innermost causes). */
	private static List<String> interesting(Path log) {
		try {
			List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
			List<String> causes = lines.stream().filter(line -> line.startsWith("Caused by:")).toList();
			List<String> picked = new ArrayList<>(lines.stream()
				.filter(line -> Character.isDigit(line.isEmpty() ? ' ' : line.charAt(0))) // log lines, not stack traces
				.filter(line -> line.contains("profile") || line.contains("EmbeddedDatabase") || line.contains("postmaster")
						|| line.contains("pg_ctl") || line.contains("Application run failed"))
				.limit(8)
				.toList());
			picked.addAll(causes.subList(Math.max(0, causes.size() - 3), causes.size()));
			return picked.stream().map(line -> line.length() > 400 ? line.substring(0, 400) + "…" : line).toList();
		}
		catch (IOException ex) {
			return List.of("(no log: " + ex.getMessage() + ")");
		}
	}

	/** Keeps the logs of every start (the data folder itself is thrown away). */
	void keepLogs(Path into) throws IOException {
		Files.createDirectories(into);
		try (var logs = Files.list(folder)) {
			for (Path log : logs.filter(p -> p.getFileName().toString().endsWith(".log")).toList()) {
				Files.copy(log, into.resolve(log.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean waitForExit(Process process, Duration limit) {
		try {
			return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void waitForExit(ProcessHandle process, Duration limit) {
		try {
			process.onExit().get(limit.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (Exception ex) {
			// still running after the limit, or not ours to wait on: the caller goes on
		}
	}

	private static Duration since(long began) {
		return Duration.ofNanos(System.nanoTime() - began);
	}
}
