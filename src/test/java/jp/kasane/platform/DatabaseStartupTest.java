package jp.kasane.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jp.kasane.KasaneApplication;
import jp.kasane.organization.OrganizationManagement;
import jp.kasane.organization.TenantKind;
import jp.kasane.shared.MunicipalityCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Start-up on the database: the embedded PostgreSQL keeps its data across a restart, and with
 * {@code spring.datasource.url} the application uses that server and starts nothing embedded.
 */
class DatabaseStartupTest {

	@Test
	void theEmbeddedDatabaseKeepsEverythingAcrossARestart(@TempDir Path dataDir) {
		try (ConfigurableApplicationContext first = start("--kasane.embedded-db.data-dir=" + dataDir)) {
			first.getBean(OrganizationManagement.class)
				.provisionTenant(TenantKind.MUNICIPALITY, "再起動市", MunicipalityCode.parse("139963"));
		}
		try (ConfigurableApplicationContext second = start("--kasane.embedded-db.data-dir=" + dataDir)) {
			assertThat(tenantNamed(second, "139963")).isPresent();
		}
	}

	@Test
	void anExternalDatabaseIsUsedAndNothingEmbeddedStarts(@TempDir Path serverDir) throws IOException {
		Files.createDirectories(serverDir);
		try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(serverDir).setCleanDataDirectory(true).start();
				ConfigurableApplicationContext app = new SpringApplicationBuilder(KasaneApplication.class).run(
						"--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"), "--spring.datasource.username=postgres",
						"--spring.datasource.password=postgres", "--server.port=0", "--spring.main.banner-mode=off")) {
			assertThat(app.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
			app.getBean(OrganizationManagement.class)
				.provisionTenant(TenantKind.MUNICIPALITY, "外部市", MunicipalityCode.parse("139955"));
			int migrated = JdbcClient.create(server.getPostgresDatabase())
				.sql("SELECT count(*) FROM flyway_schema_history WHERE success")
				.query(Integer.class)
				.single();
			assertThat(migrated).isGreaterThanOrEqualTo(5);
			assertThat(JdbcClient.create(server.getPostgresDatabase()).sql("SELECT name FROM tenant").query(String.class).list())
				.as("no demo town on an external database unless asked").containsExactly("外部市");
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
