package jp.kasane;

import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jp.kasane.demo.DemoTownLoader;
import jp.kasane.support.Api;
import jp.kasane.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the tests that run the whole application on the embedded PostgreSQL with the demo town
 * (30 households), over real HTTP. All such tests share one application context and database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class IntegrationTest {

	protected static final String PASSWORD = DemoTownLoader.DEMO_PASSWORD;

	@LocalServerPort
	protected int port;

	/** The application's connections: row-level security applies, as for every request. */
	@Autowired
	protected JdbcClient jdbc;

	/** The schema owner's connections, to check what is stored without row-level security. */
	protected JdbcClient owner;

	@Autowired
	void ownerConnections(@FlywayDataSource DataSource ownerDataSource) {
		this.owner = JdbcClient.create(ownerDataSource);
	}

	protected Api api(String username) {
		return new Api(port, username, PASSWORD);
	}

	protected PageSession pages(String username) {
		return PageSession.signedIn(port, username, PASSWORD);
	}

	/**
	 * A person form as the API takes it, with every field (a PUT must name them all); unique names keep
	 * tests independent of each other.
	 */
	protected static Map<String, Object> personForm(String family, String given, String familyKana, String givenKana,
			String birthDate) {
		Map<String, Object> form = new java.util.HashMap<>(Map.of("familyName", family, "givenName", given,
				"familyKana", familyKana, "givenKana", givenKana, "birthDate", birthDate, "address",
				"東京都かさね市本町1丁目1番1号", "postalCode", "139-0001", "confirmedNotDuplicate", false));
		form.put("sex", null);
		form.put("phone", null);
		form.put("safeContactNote", null);
		return form;
	}

	/** A random katakana given name, so that test people never collide with each other or the demo. */
	protected static String uniqueKana() {
		String kana = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ";
		StringBuilder out = new StringBuilder();
		UUID random = UUID.randomUUID();
		long bits = random.getMostSignificantBits();
		for (int i = 0; i < 6; i++) {
			out.append(kana.charAt((int) Math.floorMod(bits >> (i * 8), kana.length())));
		}
		return out.toString();
	}
}
