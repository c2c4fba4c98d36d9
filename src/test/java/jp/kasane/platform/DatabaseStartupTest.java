package jp.kasane.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jp.kasane.KasaneApplication;
import jp.kasane.organization.OrganizationManagement;
import jp.kasane.organization.TenantKind;
import jp.kasane.shared.MunicipalityCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Start-up on the database: the embedded PostgreSQL of the default configuration is durable and keeps its
 * data across a restart, and with {@code spring.datasource.url} the application uses that server, as the
 * two roles the documented SQL creates, and starts nothing embedded.
 */
class DatabaseStartupTest {

	@Test
	void theEmbeddedDatabaseIsDurableAndKeepsEverythingAcrossARestart(@TempDir Path dataDir, @TempDir Path secretsDir) {
		String[] folders = { "--kasane.embedded-db.data-dir=" + dataDir, "--kasane.embedded-db.secrets-dir=" + secretsDir.resolve("s") };
		try (ConfigurableApplicationContext first = start(folders)) {
			first.getBean(OrganizationManagement.class)
				.provisionTenant(TenantKind.MUNICIPALITY, "再起動市", MunicipalityCode.parse("139963"));
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
				assertThat(jdbc.sql("SHOW " + setting).query(String.class).single()).as(setting).isEqualTo("on");
			}
			assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo("kasane_app");
		}
		try (ConfigurableApplicationContext second = start(folders)) {
			assertThat(tenantNamed(second, "139963")).isPresent();
		}
	}

	@Test
	void anExternalDatabaseIsUsedAsTheDocumentedRolesAndNothingEmbeddedStarts(@TempDir Path serverDir) throws Exception {
		Files.createDirectories(serverDir);
		try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(serverDir).setCleanDataDirectory(true).start()) {
			createTheDocumentedRoles(server, "owner-secret-1", "app-secret-2");
			try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KasaneApplication.class).run(
					"--spring.datasource.url=" + server.getJdbcUrl("kasane_app", "postgres").replace("?user=kasane_app", ""),
					"--spring.datasource.username=kasane_app", "--spring.datasource.password=app-secret-2",
					"--spring.flyway.user=kasane_owner", "--spring.flyway.password=owner-secret-1", "--server.port=0",
					"--spring.main.banner-mode=off")) {
				assertThat(app.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
				app.getBean(OrganizationManagement.class)
					.provisionTenant(TenantKind.MUNICIPALITY, "外部市", MunicipalityCode.parse("139955"));
				JdbcClient superuser = JdbcClient.create(server.getPostgresDatabase());
				assertThat(superuser.sql("SELECT count(*) FROM flyway_schema_history WHERE success AND installed_by = 'kasane_owner'")
					.query(Integer.class).single()).isGreaterThanOrEqualTo(5);
				assertThat(superuser.sql("SELECT name FROM tenant").query(String.class).list())
					.as("no demo town on an external database unless asked").containsExactly("外部市");
				assertThat(superuser.sql("SELECT usename FROM pg_stat_activity WHERE application_name = 'PostgreSQL JDBC Driver'"
						+ " AND usename <> 'postgres'").query(String.class).list()).containsOnly("kasane_app");
			}
		}
	}

	/** The SQL of docs/security/db.md is the script the embedded start runs: one text, tested here on a bare server. */
	private static void createTheDocumentedRoles(EmbeddedPostgres server, String ownerSecret, String appSecret)
			throws IOException, SQLException {
		String script = EmbeddedDatabase.rolesScript();
		assertThat(Files.readString(Path.of("docs/security/db.md"))).as("docs/security/db.md gives " + EmbeddedDatabase.ROLES_SCRIPT)
			.contains(script.strip());
		try (Connection connection = server.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(script);
			connection.unwrap(PGConnection.class).alterUserPassword("kasane_owner", ownerSecret.toCharArray(), "scram-sha-256");
			connection.unwrap(PGConnection.class).alterUserPassword("kasane_app", appSecret.toCharArray(), "scram-sha-256");
		}
	}

	private static ConfigurableApplicationContext start(String... args) {
		String[] all = new String[args.length + 3];
		System.arraycopy(args, 0, all, 0, args.length);
		all[args.length] = "--server.port=0";
		all[args.length + 1] = "--kasane.demo.enabled=false";
		all[args.length + 2] = "--spring.main.banner-mode=off";
		return new SpringApplicationBuilder(KasaneApplication.class).run(all);
	}

	private static java.util.Optional<UUID> tenantNamed(ConfigurableApplicationContext context, String code) {
		return context.getBean(JdbcClient.class).sql("SELECT * FROM find_tenant_by_code(?)").param(code).query(UUID.class).optional();
	}
}
