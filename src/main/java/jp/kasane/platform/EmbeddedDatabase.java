package jp.kasane.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;

/**
 * Starts the embedded PostgreSQL 17 the safe way: whatever a crashed run left is stopped first
 * ({@link LeftoverPostmaster}); the server is durable unless told otherwise (fsync, synchronous commit and
 * full-page writes on), listens on loopback only, has no unix socket, and asks every role for its password
 * (SCRAM). Before Flyway it creates the roles {@code kasane_owner} and {@code kasane_app} with
 * {@code db/kasane-roles.sql}, the same script an operator runs on an external database. A data folder of
 * an earlier version (trust authentication, one superuser for everything) is upgraded on its first start.
 */
final class EmbeddedDatabase {

	static final String ROLES_SCRIPT = "db/kasane-roles.sql";

	/** Password for every connection (as initdb writes it for a new folder), loopback only. */
	static final String PG_HBA = """
			# Written by Kasane: every role signs in with its password (SCRAM); the server listens on loopback only.
			local   all             all                                     scram-sha-256
			host    all             all             127.0.0.1/32            scram-sha-256
			host    all             all             ::1/128                 scram-sha-256
			local   replication     all                                     scram-sha-256
			host    replication     all             127.0.0.1/32            scram-sha-256
			host    replication     all             ::1/128                 scram-sha-256
			""";

	/**
	 * Where and how to start.
	 *
	 * @param durable fsync, synchronous_commit and full_page_writes on; only tests turn it off, for speed
	 * @param port 0 for any free port
	 */
	record Settings(Path dataDir, Path secretsDir, boolean clean, boolean durable, int port) {
	}

	/** A started server, the two logins of the application, and what the start did (one line, for the log). */
	record Started(EmbeddedPostgres postgres, DatabaseEndpoint endpoint, String report) {
	}

	private EmbeddedDatabase() {
	}

	static Started start(Settings settings) throws IOException {
		Path dataDir = settings.dataDir().toAbsolutePath().normalize();
		Files.createDirectories(dataDir);
		String leftover = LeftoverPostmaster.clear(dataDir);
		if (settings.clean()) {
			deleteContents(dataDir);
		}
		DatabaseSecrets secrets = DatabaseSecrets.in(settings.secretsDir().toAbsolutePath().normalize());
		boolean fresh = !Files.exists(dataDir.resolve("postgresql.conf"));
		boolean earlierVersion = !fresh && trustsConnections(dataDir);
		String state;
		if (fresh || (earlierVersion && !secrets.complete())) {
			secrets.generate();
			state = fresh ? "new data folder, new secrets" : "data folder of an earlier version (trust authentication), new secrets";
		}
		else if (!secrets.complete()) {
			throw new IllegalStateException("The secrets of the database in " + dataDir + " are missing from " + settings.secretsDir()
					+ " (postgres.secret, kasane_owner.secret, kasane_app.secret): restore them from the backup");
		}
		else {
			state = earlierVersion ? "data folder of an earlier version (trust authentication)" : "existing data folder";
		}
		EmbeddedPostgres postgres = builder(settings, dataDir, secrets, fresh).start();
		try {
			int handedOver = bootstrap(postgres, secrets);
			if (earlierVersion) {
				lockDown(postgres, dataDir);
			}
			String upgrade = earlierVersion ? "; upgraded it: role passwords set, pg_hba.conf now scram-sha-256, " + handedOver
					+ " objects handed to kasane_owner" : "";
			String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
			DatabaseEndpoint endpoint = new DatabaseEndpoint(url,
					new DatabaseEndpoint.Login(DatabaseSecrets.OWNER, secrets.secret(DatabaseSecrets.OWNER)),
					new DatabaseEndpoint.Login(DatabaseSecrets.APP, secrets.secret(DatabaseSecrets.APP)));
			return new Started(postgres, endpoint, "Embedded PostgreSQL on port " + postgres.getPort() + ", data in " + dataDir
					+ (settings.durable() ? ", durable" : ", NOT durable (fsync off: tests only)") + "; before the start: " + leftover
					+ "; " + state + upgrade);
		}
		catch (SQLException ex) {
			postgres.close();
			throw new IllegalStateException("Could not prepare the roles of the embedded database", ex);
		}
		catch (RuntimeException ex) {
			postgres.close();
			throw ex;
		}
	}

	private static EmbeddedPostgres.Builder builder(Settings settings, Path dataDir, DatabaseSecrets secrets, boolean fresh) {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(settings.clean())
			.setPGStartupWait(Duration.ofSeconds(120))
			.setServerConfig("timezone", "Asia/Tokyo")
			.setServerConfig("listen_addresses", "localhost")
			// no unix socket: zonky's default is the world-writable /tmp
			.setServerConfig("unix_socket_directories", "''")
			.setServerConfig("password_encryption", "scram-sha-256")
			.setLocaleConfig("encoding", "UTF8")
			.setLocaleConfig("locale", "C.UTF-8")
			// zonky's own readiness check signs in as postgres
			.setConnectConfig("password", secrets.secret(DatabaseSecrets.SUPERUSER));
		if (fresh) {
			// appended after zonky's "-A trust", so they win
			builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", secrets.file(DatabaseSecrets.SUPERUSER).toString());
		}
		if (settings.durable()) {
			// given after zonky's -F (fsync off), so they win; zonky also defaults synchronous_commit to off
			builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").setServerConfig("full_page_writes", "on");
		}
		if (settings.port() > 0) {
			builder.setPort(settings.port());
		}
		return builder;
	}

	/** As the superuser: the roles script, then each role's password, hashed here (SCRAM) so that no log holds it. */
	private static int bootstrap(EmbeddedPostgres postgres, DatabaseSecrets secrets) throws SQLException {
		try (Connection connection = postgres.getDatabase(DatabaseSecrets.SUPERUSER, "postgres").getConnection();
				Statement statement = connection.createStatement()) {
			int foreign = countObjectsNotOwnedByTheOwner(statement);
			statement.execute(rolesScript());
			PGConnection pg = connection.unwrap(PGConnection.class);
			for (String role : DatabaseSecrets.ROLES) {
				pg.alterUserPassword(role, secrets.secret(role).toCharArray(), "scram-sha-256");
			}
			return foreign;
		}
	}

	private static int countObjectsNotOwnedByTheOwner(Statement statement) throws SQLException {
		try (var rows = statement.executeQuery("""
				SELECT (SELECT count(*) FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
				          AND pg_get_userbyid(c.relowner) <> 'kasane_owner')
				     + (SELECT count(*) FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace AND pg_get_userbyid(p.proowner) <> 'kasane_owner'
				          AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'))""")) {
			rows.next();
			return rows.getInt(1);
		}
	}

	/** From now on the superuser, too, needs its secret: pg_hba.conf is rewritten and reloaded. */
	private static void lockDown(EmbeddedPostgres postgres, Path dataDir) throws SQLException {
		try {
			Files.writeString(dataDir.resolve("pg_hba.conf"), PG_HBA, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write pg_hba.conf in " + dataDir, ex);
		}
		try (Connection connection = postgres.getDatabase(DatabaseSecrets.SUPERUSER, "postgres").getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("SELECT pg_reload_conf()");
		}
	}

	static String rolesScript() {
		try (InputStream in = EmbeddedDatabase.class.getClassLoader().getResourceAsStream(ROLES_SCRIPT)) {
			if (in == null) {
				throw new IllegalStateException(ROLES_SCRIPT + " is missing from the classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A data folder made by an earlier version lets anyone on the host in without a password. */
	static boolean trustsConnections(Path dataDir) throws IOException {
		Path hba = dataDir.resolve("pg_hba.conf");
		if (!Files.exists(hba)) {
			return false;
		}
		try (Stream<String> lines = Files.lines(hba)) {
			return lines.map(String::strip).filter(l -> !l.startsWith("#")).anyMatch(l -> l.matches(".*\\btrust\\b.*"));
		}
	}

	private static void deleteContents(Path dir) throws IOException {
		try (Stream<Path> all = Files.walk(dir)) {
			for (Path path : all.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(dir)).toList()) {
				Files.delete(path);
			}
		}
	}
}
