package jp.kasane.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import jp.kasane.shared.Actor;
import jp.kasane.shared.ActorContext;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Hands out connections of the login role {@code kasane_app} with the current actor's tenant in
 * {@code kasane.tenant_id}. Row-level security policies compare every row's {@code tenant_id}
 * with that setting, so a query that forgets its tenant predicate still sees only its own tenant,
 * and a connection borrowed by nobody in particular sees no tenant data at all.
 */
class TenantScopedDataSource extends DelegatingDataSource {

	private static final String SCOPE = "SELECT set_config('kasane.tenant_id', ?, false)";

	TenantScopedDataSource(DataSource target) {
		super(target);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return scope(super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return scope(super.getConnection(username, password));
	}

	private static Connection scope(Connection connection) throws SQLException {
		String tenant = ActorContext.current().map(Actor::tenantId).map(Object::toString).orElse("");
		try (PreparedStatement statement = connection.prepareStatement(SCOPE)) {
			statement.setString(1, tenant);
			statement.execute();
		}
		catch (SQLException ex) {
			connection.close();
			throw ex;
		}
		return connection;
	}
}
