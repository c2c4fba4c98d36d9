package jp.kasane.platform;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;

/**
 * Two logins into the same database: Flyway migrates as the schema owner {@code kasane_owner}, while the
 * application works through {@link TenantScopedDataSource} as the login role {@code kasane_app}, so that
 * PostgreSQL row-level security applies to every query it makes. The application refuses to start if its
 * login could escape row-level security ({@link LoginRolePolicy}).
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

	/** An external database: {@code spring.datasource.*} is {@code kasane_app}, {@code spring.flyway.user/password} the owner. */
	@Bean
	@Conditional(ExternalDatabase.class)
	DatabaseEndpoint externalDatabaseEndpoint(@Value("${spring.datasource.url}") String url,
			@Value("${spring.datasource.username:}") String username, @Value("${spring.datasource.password:}") String password,
			@Value("${spring.flyway.user:}") String ownerUsername, @Value("${spring.flyway.password:}") String ownerPassword) {
		if (!StringUtils.hasText(ownerUsername)) {
			throw new IllegalStateException("With an external database, spring.flyway.user and spring.flyway.password must name the"
					+ " schema owner (kasane_owner) and spring.datasource.username the login role kasane_app: see docs/security/db.md");
		}
		return new DatabaseEndpoint(url, new DatabaseEndpoint.Login(ownerUsername, ownerPassword),
				new DatabaseEndpoint.Login(username, password));
	}

	@Bean
	@Primary
	DataSource dataSource(DatabaseEndpoint endpoint, @Value("${kasane.db.pool-size:10}") int poolSize) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(endpoint.url());
		pool.setUsername(endpoint.app().username());
		pool.setPassword(endpoint.app().password());
		pool.setMaximumPoolSize(poolSize);
		pool.setPoolName("kasane");
		try {
			LoginRolePolicy.check(pool);
		}
		catch (RuntimeException ex) {
			pool.close();
			throw ex;
		}
		return new TenantScopedDataSource(pool);
	}

	@Bean
	@FlywayDataSource
	DataSource flywayDataSource(DatabaseEndpoint endpoint) {
		SimpleDriverDataSource owner = new SimpleDriverDataSource();
		owner.setDriverClass(org.postgresql.Driver.class);
		owner.setUrl(endpoint.url());
		owner.setUsername(endpoint.owner().username());
		owner.setPassword(endpoint.owner().password());
		return owner;
	}
}
