package jp.kasane.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL 17 inside the application when no {@code spring.datasource.url} is configured.
 * Its files live under {@code kasane.embedded-db.data-dir} (default {@code ./data/postgres}) so a
 * restart keeps everything.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${kasane.embedded-db.data-dir:./data/postgres}") Path dataDir,
			@Value("${kasane.embedded-db.clean:false}") boolean clean,
			@Value("${kasane.embedded-db.port:0}") int port) {
		try {
			Files.createDirectories(dataDir);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(clean)
				.setServerConfig("timezone", "Asia/Tokyo")
				.setLocaleConfig("encoding", "UTF8")
				.setLocaleConfig("locale", "C.UTF-8");
			if (port > 0) {
				builder.setPort(port);
			}
			EmbeddedPostgres postgres = builder.start();
			log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), dataDir.toAbsolutePath());
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, ex);
		}
	}

	@Bean
	DatabaseEndpoint databaseEndpoint(EmbeddedPostgres postgres) {
		return new DatabaseEndpoint(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
	}
}
