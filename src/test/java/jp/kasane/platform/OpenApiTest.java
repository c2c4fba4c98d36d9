package jp.kasane.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jp.kasane.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The API is described at /v3/api-docs for the municipal systems that integrate with it. */
class OpenApiTest extends IntegrationTest {

	@Test
	void describesEveryResourceOfTheFoundation() throws Exception {
		String docs = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(docs).contains("\"openapi\"")
			.contains("/api/v1/agencies")
			.contains("/api/v1/users")
			.contains("/api/v1/people")
			.contains("/api/v1/people/{id}/consents")
			.contains("/api/v1/people/{id}/sharing")
			.contains("/api/v1/households/{id}")
			.contains("/api/v1/audit/verify")
			.doesNotContain("\"/people/{id}\"");
	}
}
