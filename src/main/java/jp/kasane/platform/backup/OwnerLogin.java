package jp.kasane.platform.backup;

import java.nio.file.Path;
import java.util.Properties;

import jp.kasane.platform.DatabaseSecrets;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * How a backup signs in to the database: as the schema owner (スキーマ所有者), who owns every table and
 * bypasses row-level security, so that one snapshot holds every tenant's rows.
 */
record OwnerLogin(String url, String username, String password) {

	/**
	 * The owner of the embedded database: {@code kasane_owner} with its secret when the data folder has one,
	 * else the superuser {@code postgres} without a password (data folders made before the role split).
	 */
	static OwnerLogin embedded(String host, int port, Path secretsDir) {
		String url = "jdbc:postgresql://" + host + ":" + port + "/postgres";
		return DatabaseSecrets.in(secretsDir).find(DatabaseSecrets.OWNER)
			.map(secret -> new OwnerLogin(url, DatabaseSecrets.OWNER, secret))
			.orElseGet(() -> new OwnerLogin(url, "postgres", ""));
	}

	/** An external database: the Flyway user if one is set (the schema owner), else the data source's user. */
	static OwnerLogin external(Environment env) {
		String user = env.getProperty("spring.flyway.user");
		if (StringUtils.hasText(user)) {
			return new OwnerLogin(env.getRequiredProperty("spring.datasource.url"), user,
					env.getProperty("spring.flyway.password", ""));
		}
		return new OwnerLogin(env.getRequiredProperty("spring.datasource.url"),
				env.getProperty("spring.datasource.username", ""), env.getProperty("spring.datasource.password", ""));
	}

	Properties jdbcProperties() {
		Properties props = new Properties();
		props.setProperty("user", username);
		if (StringUtils.hasText(password)) {
			props.setProperty("password", password);
		}
		props.setProperty("ApplicationName", "kasane-backup");
		return props;
	}

	@Override
	public String toString() {
		return "OwnerLogin[" + url + " as " + username + "]";
	}
}
