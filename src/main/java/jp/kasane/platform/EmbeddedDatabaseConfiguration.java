package jp.kasane.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL 17 inside the application when no {@code spring.datasource.url} is configured
 * ({@link EmbeddedDatabase}). Its files live under {@code kasane.embedded-db.data-dir} (default
 * {@code ./data/postgres}) so a restart keeps everything; the roles' passwords under
 * {@code kasane.embedded-db.secrets-dir} (default {@code ./data/secrets}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean
	EmbeddedDatabase.Started embeddedDatabase(@Value("${kasane.embedded-db.data-dir:./data/postgres}") Path dataDir,
			@Value("${kasane.embedded-db.secrets-dir:./data/secrets}") Path secretsDir,
			@Value("${kasane.embedded-db.clean:false}") boolean clean,
			@Value("${kasane.embedded-db.durable:true}") boolean durable,
			@Value("${kasane.embedded-db.port:0}") int port) {
		try {
			EmbeddedDatabase.Started started = EmbeddedDatabase.start(new EmbeddedDatabase.Settings(dataDir, secretsDir, clean, durable, port));
			log.info(started.report());
			return started;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, ex);
		}
	}

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabase.Started started) {
		return started.postgres();
	}

	@Bean
	DatabaseEndpoint databaseEndpoint(EmbeddedDatabase.Started started) {
		return started.endpoint();
	}
}
