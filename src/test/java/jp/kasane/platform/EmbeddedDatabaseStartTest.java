package jp.kasane.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The embedded database's start, without the application: durable and locked down by default, first time
 * right after a killed run, and a data folder of the earlier version (trust, one superuser) upgraded.
 */
class EmbeddedDatabaseStartTest {

	@Test
	void theDefaultServerIsDurableListensOnLoopbackOnlyAndWantsEverySecret(@TempDir Path dataDir, @TempDir Path parent)
			throws Exception {
		Path secretsDir = parent.resolve("secrets");
		EmbeddedDatabase.Started started = EmbeddedDatabase.start(new EmbeddedDatabase.Settings(dataDir, secretsDir, false, true, 0));
		try (EmbeddedPostgres postgres = started.postgres()) {
			JdbcClient superuser = login(postgres.getPort(), "postgres", DatabaseSecrets.in(secretsDir).secret("postgres"));
			for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
				assertThat(superuser.sql("SHOW " + setting).query(String.class).single()).as(setting).isEqualTo("on");
			}
			assertThat(superuser.sql("SHOW listen_addresses").query(String.class).single()).isEqualTo("localhost");
			assertThat(superuser.sql("SHOW unix_socket_directories").query(String.class).single()).as("no unix socket").isEmpty();
			assertThat(Path.of("/tmp/.s.PGSQL." + postgres.getPort())).doesNotExist();

			assertThat(tryConnect(postgres.getPort(), "postgres", "")).as("postgres without a password").contains("password");
			assertThat(tryConnect(postgres.getPort(), "postgres", "postgres")).as("postgres with the old default").contains("password");
			assertThat(tryConnect(postgres.getPort(), "postgres", DatabaseSecrets.in(secretsDir).secret("kasane_app")))
				.as("postgres with another role's secret").contains("password");

			assertThat(Files.getPosixFilePermissions(secretsDir)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
			for (String role : DatabaseSecrets.ROLES) {
				Path secret = DatabaseSecrets.in(secretsDir).file(role);
				assertThat(Files.getPosixFilePermissions(secret)).as(role).isEqualTo(PosixFilePermissions.fromString("rw-------"));
				assertThat(Files.readString(secret)).hasSizeGreaterThanOrEqualTo(40).doesNotContain("\n");
			}
			Map<String, Object> app = superuser.sql("""
					SELECT rolsuper, rolbypassrls, rolinherit, rolcreaterole, rolcanlogin,
					       (SELECT count(*) FROM pg_auth_members m WHERE m.member = r.oid) AS memberships
					  FROM pg_roles r WHERE rolname = 'kasane_app'""").query().singleRow();
			assertThat(app).containsEntry("rolsuper", false).containsEntry("rolbypassrls", false).containsEntry("rolinherit", false)
				.containsEntry("rolcreaterole", false).containsEntry("rolcanlogin", true).containsEntry("memberships", 0L);
			Map<String, Object> owner = superuser.sql("SELECT rolsuper, rolbypassrls, rolcreaterole FROM pg_roles WHERE rolname = 'kasane_owner'")
				.query().singleRow();
			assertThat(owner).containsEntry("rolsuper", false).containsEntry("rolbypassrls", true).containsEntry("rolcreaterole", false);
			assertThat(started.report()).contains("durable", "new data folder, new secrets").doesNotContain(
					DatabaseSecrets.in(secretsDir).secret("postgres"));
		}
	}

	/**
	 * A JVM killed with SIGKILL leaves its PostgreSQL running; the next start stops it (fast shutdown) and
	 * starts first time, keeping what was committed, and says what it did.
	 */
	@Test
	void theFirstStartAfterAKilledJvmSucceedsAndSaysWhatItStopped(@TempDir Path dataDir, @TempDir Path parent) throws Exception {
		Path secretsDir = parent.resolve("secrets");
		runAndKill(dataDir, secretsDir);
		long leftover = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
		assertThat(ProcessHandle.of(leftover)).as("the killed JVM's postgres is still running").hasValueSatisfying(
				p -> assertThat(p.isAlive()).isTrue());

		EmbeddedDatabase.Started again = EmbeddedDatabase.start(new EmbeddedDatabase.Settings(dataDir, secretsDir, false, true, 0));
		try (EmbeddedPostgres postgres = again.postgres()) {
			System.out.println(again.report());
			assertThat(again.report()).contains("postgres pid " + leftover + " of an earlier run was still running: stopped it by fast shutdown");
			assertThat(ProcessHandle.of(leftover).filter(ProcessHandle::isAlive)).isEmpty();
			assertThat(login(postgres.getPort(), "kasane_owner", DatabaseSecrets.in(secretsDir).secret("kasane_owner"))
				.sql("SELECT id FROM survivor").query(Integer.class).list()).containsExactly(7);
		}

		Path pidFile = dataDir.resolve("postmaster.pid");
		Process gone = new ProcessBuilder("true").start();
		gone.waitFor();
		Files.writeString(pidFile, gone.pid() + "\n" + dataDir + "\n");
		EmbeddedDatabase.Started afterStalePid = EmbeddedDatabase.start(new EmbeddedDatabase.Settings(dataDir, secretsDir, false, false, 0));
		try (EmbeddedPostgres postgres = afterStalePid.postgres()) {
			System.out.println(afterStalePid.report());
			assertThat(afterStalePid.report()).contains("postmaster.pid named pid " + gone.pid() + ", not a running postgres: removed");
		}
	}

	/** The JVM and its postmaster killed together (SIGKILL): the pid file is stale, the committed row recovered. */
	@Test
	void theFirstStartAfterTheJvmAndItsDatabaseWereKilledSucceeds(@TempDir Path dataDir, @TempDir Path parent) throws Exception {
		Path secretsDir = parent.resolve("secrets");
		runAndKill(dataDir, secretsDir);
		ProcessHandle postmaster = ProcessHandle.of(Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip()))
			.orElseThrow();
		postmaster.destroyForcibly();
		postmaster.onExit().get(60, TimeUnit.SECONDS);

		EmbeddedDatabase.Started again = EmbeddedDatabase.start(new EmbeddedDatabase.Settings(dataDir, secretsDir, false, true, 0));
		try (EmbeddedPostgres postgres = again.postgres()) {
			System.out.println(again.report());
			assertThat(again.report()).contains("postmaster.pid named pid " + postmaster.pid() + ", not a running postgres: removed");
			assertThat(login(postgres.getPort(), "kasane_owner", DatabaseSecrets.in(secretsDir).secret("kasane_owner"))
				.sql("SELECT id FROM survivor").query(Integer.class).list()).containsExactly(7);
		}
	}

	/** Starts the database in a child JVM, commits a row, and kills the JVM with SIGKILL; its postgres lives on. */
	private static void runAndKill(Path dataDir, Path secretsDir) throws Exception {
		Process run = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
				System.getProperty("java.class.path"), KilledRun.class.getName(), dataDir.toString(), secretsDir.toString())
			.redirectErrorStream(true)
			.start();
		List<String> output = new ArrayList<>();
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null && !line.startsWith("READY ")) {
				output.add(line);
			}
			assertThat(line).as(String.join("\n", output)).isNotNull();
			int port = Integer.parseInt(line.split(" ")[1]);
			JdbcClient owner = login(port, "kasane_owner", DatabaseSecrets.in(secretsDir).secret("kasane_owner"));
			owner.sql("CREATE TABLE survivor (id int PRIMARY KEY)").update();
			owner.sql("INSERT INTO survivor VALUES (7)").update();
			run.destroyForcibly();
			assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
		}
	}

	/** The earlier version's folder: trust for everyone, objects owned by postgres, kasane_app a NOLOGIN role. */
	@Test
	void aDataFolderOfTheEarlierVersionIsUpgradedOnItsFirstStart(@TempDir Path dataDir, @TempDir Path parent) throws Exception {
		try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).start();
				Connection connection = old.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("""
					CREATE ROLE kasane_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
					GRANT kasane_app TO CURRENT_USER;
					ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO kasane_app;
					CREATE TABLE note (id serial PRIMARY KEY, tenant_id int NOT NULL, text text);
					ALTER TABLE note ENABLE ROW LEVEL SECURITY;
					ALTER TABLE note FORCE ROW LEVEL SECURITY;
					CREATE POLICY tenant_isolation ON note USING (tenant_id = nullif(current_setting('kasane.tenant_id', true), '')::int);
					CREATE FUNCTION count_notes() RETURNS bigint LANGUAGE sql SECURITY DEFINER AS 'SELECT count(*) FROM note';
					INSERT INTO note (tenant_id, text) VALUES (1, 'a'), (2, 'b');""");
		}
		Path secretsDir = parent.resolve("secrets");
		EmbeddedDatabase.Started upgraded = EmbeddedDatabase.start(new EmbeddedDatabase.Settings(dataDir, secretsDir, false, false, 0));
		try (EmbeddedPostgres postgres = upgraded.postgres()) {
			System.out.println(upgraded.report());
			assertThat(upgraded.report()).contains("earlier version", "upgraded it", "2 objects handed to kasane_owner");
			assertThat(tryConnect(postgres.getPort(), "postgres", "")).contains("password");
			JdbcClient owner = login(postgres.getPort(), "kasane_owner", DatabaseSecrets.in(secretsDir).secret("kasane_owner"));
			assertThat(owner.sql("SELECT count_notes()").query(Long.class).single()).as("owner functions see every tenant").isEqualTo(2);
			assertThat(owner.sql("SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class WHERE relnamespace = 'public'::regnamespace")
				.query(String.class).list()).containsExactly("kasane_owner");
			owner.sql("CREATE TABLE later (id int)").update();
			JdbcClient app = login(postgres.getPort(), "kasane_app", DatabaseSecrets.in(secretsDir).secret("kasane_app"));
			assertThat(app.sql("SELECT count(*) FROM note").query(Long.class).single()).as("no tenant, no rows").isZero();
			assertThat(app.sql("SELECT count(*) FROM later").query(Long.class).single()).as("tables made later are granted").isZero();
		}
	}

	static JdbcClient login(int port, String user, String password) {
		return JdbcClient.create(new DriverManagerDataSource("jdbc:postgresql://localhost:" + port + "/postgres", user, password));
	}

	/** The error of a sign-in, or "connected". */
	static String tryConnect(int port, String user, String password) {
		try (Connection ignored = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=" + user
				+ "&password=" + password + "&connectTimeout=10")) {
			return "connected";
		}
		catch (SQLException ex) {
			return String.valueOf(ex.getMessage());
		}
	}
}
