package jp.kasane.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jp.kasane.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Least privilege in the running application's database: requests log in as {@code kasane_app}, which no
 * SQL can turn into a role that bypasses row-level security, and nobody signs in without a secret.
 */
class DatabasePrivilegeTest extends IntegrationTest {

	/** What an SQL injection would try, to get past row-level security. */
	static final List<String> ESCAPES = List.of("RESET ROLE", "SET ROLE postgres", "SET ROLE kasane_owner", "SET ROLE NONE",
			"SET SESSION AUTHORIZATION postgres", "SET SESSION AUTHORIZATION kasane_owner", "RESET SESSION AUTHORIZATION",
			"SET SESSION AUTHORIZATION DEFAULT", "SELECT set_config('role', 'kasane_owner', false)",
			"SELECT set_config('session_authorization', 'postgres', false)", "GRANT kasane_owner TO kasane_app",
			"GRANT postgres TO kasane_app", "ALTER ROLE kasane_app BYPASSRLS", "ALTER ROLE kasane_app SUPERUSER",
			"CREATE ROLE intruder SUPERUSER LOGIN PASSWORD 'x'");

	@Autowired
	DataSource requests;

	@Autowired
	EmbeddedPostgres postgres;

	@Value("${kasane.embedded-db.secrets-dir}")
	Path secretsDir;

	@Test
	void requestsLogInAsKasaneAppAndNoStatementTakesThemPastRowLevelSecurity() throws SQLException {
		int stored = owner.sql("SELECT count(*) FROM person").query(Integer.class).single();
		assertThat(stored).as("the demo town's people").isPositive();
		Map<String, String> outcomes = new LinkedHashMap<>();
		try (Connection connection = requests.getConnection(); Statement statement = connection.createStatement()) {
			assertThat(connection.getAutoCommit()).isTrue();
			assertThat(who(statement)).isEqualTo("kasane_app/kasane_app false false");
			for (String escape : ESCAPES) {
				String outcome;
				try {
					statement.execute(escape);
					outcome = "ran";
				}
				catch (SQLException ex) {
					outcome = ex.getSQLState();
				}
				outcomes.put(escape, outcome + " -> " + who(statement));
				assertThat(who(statement)).as(escape + " (" + outcome + ")").endsWith(" false false");
				assertThat(count(statement, "SELECT count(*) FROM person")).as("rows of a tenant not set, after " + escape).isZero();
			}
			statement.execute("RESET ROLE");
		}
		assertThat(outcomes).as("every attempt is refused, except RESET ROLE which stays kasane_app")
			.allSatisfy((escape, outcome) -> assertThat(outcome).endsWith("kasane_app/kasane_app false false"));
		assertThat(owner.sql("SELECT count(*) FROM pg_roles WHERE rolname = 'intruder'").query(Integer.class).single()).isZero();
	}

	@Test
	void nobodySignsInWithoutTheirSecretAndTheSecretsAreTheOwnersAlone() throws Exception {
		int port = postgres.getPort();
		for (String role : DatabaseSecrets.ROLES) {
			assertThat(EmbeddedDatabaseStartTest.tryConnect(port, role, "")).as(role + " without a password").contains("password");
			assertThat(EmbeddedDatabaseStartTest.tryConnect(port, role, "kasane")).as(role + " with a guess").contains("password");
			assertThat(EmbeddedDatabaseStartTest.tryConnect(port, role, DatabaseSecrets.in(secretsDir).secret(role))).isEqualTo("connected");
		}
		assertThat(EmbeddedDatabaseStartTest.tryConnect(port, "postgres", DatabaseSecrets.in(secretsDir).secret("kasane_app")))
			.contains("password");
		assertThat(EmbeddedDatabaseStartTest.login(port, "postgres", DatabaseSecrets.in(secretsDir).secret("postgres"))
			.sql("SHOW unix_socket_directories").query(String.class).single()).as("no unix socket to try").isEmpty();
		assertThat(Path.of("/tmp/.s.PGSQL." + port)).doesNotExist();
		assertThat(Files.getPosixFilePermissions(secretsDir)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
		for (String role : DatabaseSecrets.ROLES) {
			assertThat(Files.getPosixFilePermissions(DatabaseSecrets.in(secretsDir).file(role))).as(role)
				.isEqualTo(PosixFilePermissions.fromString("rw-------"));
		}
	}

	@Test
	void theSchemaIsTheOwnersAndFlywayRanAsIt() {
		assertThat(owner.sql("SELECT DISTINCT installed_by FROM flyway_schema_history").query(String.class).list())
			.containsExactly("kasane_owner");
		assertThat(owner.sql("""
				SELECT DISTINCT pg_get_userbyid(c.relowner) FROM pg_class c
				 WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'v', 'm', 'S')""").query(String.class).list())
			.containsExactly("kasane_owner");
		assertThat(owner.sql("SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'public'").query(String.class).single())
			.isEqualTo("kasane_owner");
	}

	private static String who(Statement statement) throws SQLException {
		try (ResultSet row = statement.executeQuery("""
				SELECT current_user || '/' || session_user || ' ' || rolsuper || ' ' || rolbypassrls
				  FROM pg_roles WHERE rolname = current_user""")) {
			row.next();
			return row.getString(1);
		}
	}

	private static long count(Statement statement, String sql) throws SQLException {
		try (ResultSet row = statement.executeQuery(sql)) {
			row.next();
			return row.getLong(1);
		}
	}
}
