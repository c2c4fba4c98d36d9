package jp.kasane.platform.backup;

import java.nio.file.Path;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * {@code --kasane.restore.from=<backup folder>}: the start restores that backup into its empty database
 * before the application uses it. Remove the option for later starts (a restore refuses a database that
 * is not empty).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(RestoreConfiguration.FROM)
class RestoreConfiguration {

	static final String FROM = "kasane.restore.from";

	@Bean
	FlywayMigrationStrategy restoreFromBackup(Environment env) {
		return new RestoreFromBackup(new RestoreFromBackup.Target(Path.of(env.getRequiredProperty(FROM)),
				BackupSettings.checkpointFile(env), BackupSettings.keyFile(env), System.getenv("KASANE_AUDIT_KEYS"),
				env.getProperty("kasane.restore.without-audit-keys", Boolean.class, false)));
	}
}
