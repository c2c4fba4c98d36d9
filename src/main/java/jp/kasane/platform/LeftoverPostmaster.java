package jp.kasane.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Clears a data folder for a new start after a crash. A killed JVM leaves its PostgreSQL running (the
 * postmaster is not its child), and a killed postmaster can leave backends holding the shared memory:
 * either makes the next start fail. Such processes are found by the pid in {@code postmaster.pid} and by
 * their working directory (PostgreSQL works in its data folder), and stopped the way PostgreSQL
 * recommends: fast shutdown ({@code SIGINT}), then immediate ({@code SIGQUIT}), then {@code SIGKILL},
 * each with a bounded wait. A pid file naming no live postgres is removed.
 */
final class LeftoverPostmaster {

	/** Lock file of the embedded server's owner (zonky): held by a running Kasane, released when it dies. */
	static final String OWNER_LOCK = "epg-lock";

	private static final Duration FAST = Duration.ofSeconds(30);
	private static final Duration IMMEDIATE = Duration.ofSeconds(10);

	private LeftoverPostmaster() {
	}

	/** Stops what an earlier run left in {@code dataDir}, and says in one line what it found and did. */
	static String clear(Path dataDir) {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return stopOrphanedBackends(dataDir).map(n -> "no postmaster.pid; stopped " + n).orElse("nothing left by an earlier run");
		}
		long pid = pidIn(pidFile);
		Optional<ProcessHandle> postmaster = ProcessHandle.of(pid).filter(p -> isPostgresOf(p, dataDir));
		if (postmaster.isEmpty()) {
			String orphans = stopOrphanedBackends(dataDir).map(n -> "; stopped " + n).orElse("");
			deleteQuietly(pidFile);
			return "postmaster.pid named pid " + pid + ", not a running postgres: removed the stale file" + orphans;
		}
		refuseIfOwnedByARunningApplication(dataDir, pid);
		long started = System.nanoTime();
		String how = stop(postmaster.get());
		String orphans = stopOrphanedBackends(dataDir).map(n -> "; then stopped " + n).orElse("");
		deleteQuietly(pidFile);
		return "postgres pid " + pid + " of an earlier run was still running: stopped it by " + how + " in "
				+ TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms" + orphans;
	}

	private static long pidIn(Path pidFile) {
		try {
			List<String> lines = Files.readAllLines(pidFile);
			return lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).strip());
		}
		catch (IOException | NumberFormatException ex) {
			return -1;
		}
	}

	/** The server of a live Kasane holds the owner lock: stopping it would pull the database from under it. */
	private static void refuseIfOwnedByARunningApplication(Path dataDir, long pid) {
		Path lockFile = dataDir.resolve(OWNER_LOCK);
		if (!Files.exists(lockFile)) {
			return;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
			if (lock != null) {
				return;
			}
		}
		catch (OverlappingFileLockException ex) {
			// held in this very JVM: the same as held by another running application
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot check " + lockFile, ex);
		}
		throw new IllegalStateException("The database in " + dataDir + " (postgres pid " + pid
				+ ") is in use by another running Kasane; stop that one first");
	}

	private static String stop(ProcessHandle process) {
		signal(process, "INT");
		if (exited(process, FAST)) {
			return "fast shutdown (SIGINT)";
		}
		signal(process, "QUIT");
		if (exited(process, IMMEDIATE)) {
			return "immediate shutdown (SIGQUIT) after the fast shutdown took over " + FAST.toSeconds() + " s";
		}
		process.destroyForcibly();
		if (exited(process, IMMEDIATE)) {
			return "SIGKILL after fast and immediate shutdown did not end it";
		}
		throw new IllegalStateException("Could not stop the leftover postgres pid " + process.pid());
	}

	/** Backends whose postmaster is gone still hold its shared memory; PostgreSQL will not start beside them. */
	private static Optional<String> stopOrphanedBackends(Path dataDir) {
		List<ProcessHandle> orphans = ProcessHandle.allProcesses().filter(p -> isPostgresOf(p, dataDir)).toList();
		if (orphans.isEmpty()) {
			return Optional.empty();
		}
		orphans.forEach(p -> signal(p, "QUIT"));
		for (ProcessHandle orphan : orphans) {
			if (!exited(orphan, IMMEDIATE)) {
				orphan.destroyForcibly();
				exited(orphan, IMMEDIATE);
			}
		}
		return Optional.of(orphans.size() + " orphaned postgres process(es) " + orphans.stream().map(ProcessHandle::pid).toList());
	}

	/** A live postgres whose working directory is this data folder (where /proc tells; elsewhere the name only). */
	static boolean isPostgresOf(ProcessHandle process, Path dataDir) {
		if (!process.isAlive() || process.pid() == ProcessHandle.current().pid()) {
			return false;
		}
		boolean postgres = process.info().command().map(c -> Path.of(c).getFileName().toString().equals("postgres")).orElse(false);
		if (!postgres) {
			return false;
		}
		Path cwd = Path.of("/proc", Long.toString(process.pid()), "cwd");
		try {
			return Files.isSameFile(cwd.toRealPath(), dataDir.toRealPath());
		}
		catch (IOException | SecurityException ex) {
			return !Files.isDirectory(Path.of("/proc/self"));
		}
	}

	private static void signal(ProcessHandle process, String signal) {
		try {
			Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			kill.waitFor(10, TimeUnit.SECONDS);
		}
		catch (IOException ex) {
			process.destroy();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static boolean exited(ProcessHandle process, Duration within) {
		try {
			process.onExit().get(within.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (TimeoutException ex) {
			return !process.isAlive();
		}
		catch (ExecutionException ex) {
			return !process.isAlive();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return !process.isAlive();
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot remove " + file, ex);
		}
	}
}
