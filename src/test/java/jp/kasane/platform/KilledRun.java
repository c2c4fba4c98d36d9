package jp.kasane.platform;

import java.nio.file.Path;

/**
 * A run of Kasane's database start in its own JVM, for {@link EmbeddedDatabaseStartTest} to kill with
 * {@code SIGKILL}: it starts the embedded server on the given folders, prints {@code READY <port> <pid>}
 * and waits until it is killed, leaving the server running like a crashed application does.
 */
public final class KilledRun {

	public static void main(String[] args) throws Exception {
		EmbeddedDatabase.Started started = EmbeddedDatabase.start(
				new EmbeddedDatabase.Settings(Path.of(args[0]), Path.of(args[1]), false, true, 0));
		System.out.println("READY " + started.postgres().getPort() + " " + ProcessHandle.current().pid());
		System.out.flush();
		Thread.currentThread().join();
	}

	private KilledRun() {
	}
}
