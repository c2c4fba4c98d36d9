package jp.kasane.reporting;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The fixed town of the golden files (𠮷野町, its own tenant, fixed dates; see {@code reporting/fixed-town.sql}),
 * loaded once into the shared test database, with a municipal account and a coordinator account.
 */
final class FixedTown {

	static final UUID TENANT = UUID.fromString("6f000000-0000-4000-8000-000000000000");
	static final String STAFF = "yoshino-staff";
	static final String COORDINATOR = "yoshino-kyodo";

	private FixedTown() {
	}

	static synchronized void ensure(DataSource owner) {
		JdbcClient jdbc = JdbcClient.create(owner);
		if (jdbc.sql("SELECT count(*) FROM tenant WHERE id = ?").param(TENANT).query(Integer.class).single() > 0) {
			return;
		}
		try (Connection connection = owner.getConnection()) {
			ScriptUtils.executeSqlScript(connection, new EncodedResource(new ClassPathResource("reporting/fixed-town.sql"), "UTF-8"));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'shiyakusho'").query(String.class).single();
		account(jdbc, STAFF, "6f000000-0000-4000-8000-00000000000f", "MUNICIPAL_STAFF", hash);
		account(jdbc, COORDINATOR, "6f000000-0000-4000-8000-00000000000e", "COORDINATOR", hash);
	}

	private static void account(JdbcClient jdbc, String username, String agency, String role, String hash) {
		jdbc.sql("""
				INSERT INTO app_user (tenant_id, id, username, display_name, agency_id, roles, password_hash)
				VALUES (?, gen_random_uuid(), ?, '試験 職員', ?::uuid, ARRAY[?], ?)""")
			.params(TENANT, username, agency, role, hash)
			.update();
	}
}
