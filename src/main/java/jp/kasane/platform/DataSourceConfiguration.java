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

/**
 * Two ways into the same database: Flyway migrates as the schema owner, while the application
 * works through {@link TenantScopedDataSource} as the unprivileged role {@code kasane_app}, so that
 * PostgreSQL row-level security applies to every query it makes.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

	@Bean
	@Conditional(ExternalDatabase.class)
	DatabaseEndpoint externalDatabaseEndpoint(@Value("${spring.datasource.url}") String url,
			@Value("${spring.datasource.username:}") String username,
			@Value("${spring.datasource.password:}") String password) {
		return new DatabaseEndpoint(url, username, password);
	}

	@Bean
	@Primary
	DataSource dataSource(DatabaseEndpoint endpoint, @Value("${kasane.db.pool-size:10}") int poolSize) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(endpoint.url());
		pool.setUsername(endpoint.username());
		pool.setPassword(endpoint.password());
		pool.setMaximumPoolSize(poolSize);
		pool.setPoolName("kasane");
		return new TenantScopedDataSource(pool);
	}

	@Bean
	@FlywayDataSource
	DataSource flywayDataSource(DatabaseEndpoint endpoint) {
		SimpleDriverDataSource owner = new SimpleDriverDataSource();
		owner.setDriverClass(org.postgresql.Driver.class);
		owner.setUrl(endpoint.url());
		owner.setUsername(endpoint.username());
		owner.setPassword(endpoint.password());
		return owner;
	}
}
