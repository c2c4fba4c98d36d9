package jp.kasane.platform.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Where a backup reads from, resolved from the same properties the application uses (command line,
 * environment, application.properties), so {@code backup} finds what the running Kasane uses.
 */
record BackupSettings(OwnerLogin login, Path checkpointFile, Path keyFile, String keysFromEnvironment) {

	static final String CHECKPOINT_FILE = "kasane.audit.checkpoint-file";
	static final String KEY_FILE = "kasane.audit.key-file";
	/** Audit keys given in the environment take precedence over the key file (as in the audit module). */
	static final String KEYS_VARIABLE = "KASANE_AUDIT_KEYS";

	static BackupSettings from(Environment env) {
		OwnerLogin login = StringUtils.hasText(env.getProperty("spring.datasource.url")) ? OwnerLogin.external(env)
				: runningEmbedded(Path.of(env.getProperty("kasane.embedded-db.data-dir", "./data/postgres")),
						Path.of(env.getProperty("kasane.embedded-db.secrets-dir", "./data/secrets")));
		return new BackupSettings(login, checkpointFile(env), keyFile(env), System.getenv(KEYS_VARIABLE));
	}

	static Path checkpointFile(Environment env) {
		return Path.of(env.getProperty(CHECKPOINT_FILE, "./data/audit/checkpoints.jsonl"));
	}

	/** The audit keys in force: the environment's if set, else the key file's, else none. */
	static String auditKeys(String keysFromEnvironment, Path keyFile) {
		if (StringUtils.hasText(keysFromEnvironment)) {
			return keysFromEnvironment;
		}
		try {
			return Files.isRegularFile(keyFile) ? Files.readString(keyFile) : "";
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + keyFile, ex);
		}
	}

	static Path keyFile(Environment env) {
		return Path.of(env.getProperty(KEY_FILE, "./data/secrets/audit-hmac.keys"));
	}

	/**
	 * The embedded server of a running Kasane, found through its {@code postmaster.pid}: line 1 is the
	 * server's process id, line 4 its port, line 6 the first address it listens on.
	 */
	static OwnerLogin runningEmbedded(Path dataDir, Path secretsDir) {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			throw new BackupRefused("No running Kasane database in " + dataDir.toAbsolutePath()
					+ " (no postmaster.pid): start Kasane first, or name its folder with --kasane.embedded-db.data-dir=...");
		}
		List<String> lines;
		try {
			lines = Files.readAllLines(pidFile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + pidFile, ex);
		}
		long pid = Long.parseLong(lines.get(0).strip());
		if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
			throw new BackupRefused("The database of " + dataDir.toAbsolutePath() + " is not running (process " + pid
					+ " is gone): start Kasane first");
		}
		int port = Integer.parseInt(lines.get(3).strip());
		String listen = lines.size() > 5 ? lines.get(5).strip() : "";
		String host = listen.isEmpty() || listen.equals("*") || listen.equals("0.0.0.0") || listen.equals("::")
				? "localhost" : listen;
		return OwnerLogin.embedded(host.contains(":") ? "[" + host + "]" : host, port, secretsDir);
	}
}
