package jp.kasane.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jp.kasane.IntegrationTest;
import jp.kasane.support.Api;
import jp.kasane.support.PageSession;
import jp.kasane.support.PageSession.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sign-in, roles on pages, CSRF and secure headers (throttling of failed sign-ins: organization.SignInThrottleTest). */
class SecurityTest extends IntegrationTest {

	@Test
	void theLoginPageIsJapaneseAndEverythingElseNeedsSignIn() throws Exception {
		PageSession anonymous = new PageSession(port);
		Page home = anonymous.get("/");
		assertThat(home.status()).isEqualTo(302);
		assertThat(home.location()).endsWith("/login");
		Page login = anonymous.get("/login");
		assertThat(login.body()).contains("lang=\"ja\"").contains("ログインID").contains("パスワード");
		HttpResponse<String> health = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(health.body()).contains("\"status\":\"UP\"");
		assertThat(new Api(port, "hokatsu", "wrong-password").get("/api/v1/agencies").status()).isEqualTo(401);
	}

	@ParameterizedTest(name = "{0} → {1}: {2}")
	@CsvSource({ "admin, /admin/agencies, 200", "admin, /admin/users, 200", "admin, /people, 403", "admin, /audit, 403",
			"shiyakusho, /people, 200", "shiyakusho, /admin/agencies, 403", "shiyakusho, /audit, 403",
			"kyodo, /people, 200", "kyodo, /admin/users, 403", "hokatsu, /people, 200", "hokatsu, /people/new, 200",
			"hokatsu, /admin/agencies, 403", "hokatsu, /audit, 403", "kodomo, /people, 200", "kansa, /audit, 200",
			"kansa, /people, 403", "kansa, /admin/agencies, 403" })
	void eachDemoAccountSeesWhatItsRoleAllows(String user, String path, int status) {
		Page page = pages(user).get(path);
		assertThat(page.status()).isEqualTo(status);
		if (status == 403) {
			assertThat(page.body()).contains("権限がありません");
		}
	}

	@Test
	void theHomePageOffersOnlyWhatTheRoleMayUse() {
		assertThat(pages("admin").get("/").body()).contains("機関の一覧").doesNotContain("人・世帯を探す");
		assertThat(pages("kansa").get("/").body()).contains("監査ログを開く").doesNotContain("人・世帯を探す");
		assertThat(pages("hokatsu").get("/").body()).contains("人・世帯を探す").doesNotContain("機関の一覧");
		assertThat(pages("shiyakusho").get("/").body()).contains("全ての人を表示できます");
	}

	@Test
	void aPageFormWithoutTheCsrfTokenIsRefused() throws Exception {
		PageSession session = pages("hokatsu");
		session.get("/people/new");
		String kana = uniqueKana();
		String form = "familyName=" + PageSession.enc("偽造") + "&givenName=x&familyKana=" + PageSession.enc("ギゾウ")
				+ "&givenKana=" + PageSession.enc(kana) + "&confirmedNotDuplicate=true";
		Page forged = session.postEncoded("/people", "_csrf=forged&" + form);
		assertThat(forged.status()).isEqualTo(403);
		assertThat(forged.body()).contains("権限がありません");
		assertThat(api("hokatsu").get("/api/v1/people?q=" + kana).json().size()).as("nothing saved").isZero();
	}

	@Test
	void pagesCarrySecureHeaders() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				csp -> assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'"));
		assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
	}

	@Test
	void passwordsAreStoredAsModernHashes() {
		String hash = owner.sql("SELECT password_hash FROM app_user WHERE username = 'hokatsu'").query(String.class).single();
		assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
	}
}
