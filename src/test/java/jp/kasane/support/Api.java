package jp.kasane.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client of the API, signing in with HTTP Basic as one user. */
public final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();
	private final String base;
	private final String authorization;

	public Api(int port, String username, String password) {
		this.base = "http://localhost:" + port;
		this.authorization = "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** A response with its status, content type and JSON body (or null if the body is not JSON). */
	public record Response(int status, String contentType, String body) {

		public JsonNode json() {
			return JSON.readTree(body);
		}

		public String code() {
			return json().path("code").asString();
		}
	}

	public Response get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	/** A binary answer (e.g. a PDF) with its status and content type. */
	public record Binary(int status, String contentType, byte[] body) {
	}

	public Binary getBytes(String path) {
		try {
			HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET()
				.header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Binary(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public Response post(String path, Object body) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(text(body))));
	}

	public Response put(String path, Object body) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(text(body))));
	}

	/** Sends a raw body, e.g. malformed JSON. */
	public Response postRaw(String path, String body) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Sends any method with a raw body (null: none) of the content type (null: none), as is (e.g. a multipart body without its boundary). */
	public Response send(String method, String path, String contentType, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return send(request);
	}

	/**
	 * A PUT body with every component of the form: the given values, and null for the rest (a PUT must name
	 * every field; null clears one). For tests that mean "only these, the rest empty".
	 */
	public static java.util.Map<String, Object> complete(Class<? extends Record> form, java.util.Map<String, ?> values) {
		java.util.Map<String, Object> body = new java.util.HashMap<>(values);
		for (java.lang.reflect.RecordComponent component : form.getRecordComponents()) {
			body.putIfAbsent(component.getName(), null);
		}
		return body;
	}

	public static String text(Object body) {
		return body instanceof String s ? s : JSON.writeValueAsString(body);
	}

	private Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = http.send(request.header("Authorization", authorization).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
