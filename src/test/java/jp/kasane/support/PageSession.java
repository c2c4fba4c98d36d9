package jp.kasane.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like session without a browser: cookies, the form login and the CSRF token of the
 * last page, so page tests go through the real security filters.
 */
public final class PageSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	private final String base;
	private String csrf;

	public record Page(int status, String body, String location) {
	}

	public PageSession(int port) {
		this.base = "http://localhost:" + port;
	}

	public static PageSession signedIn(int port, String username, String password) {
		PageSession session = new PageSession(port);
		Page result = session.login(username, password);
		if (result.status() != 302 || !result.location().endsWith("/")) {
			throw new IllegalStateException("sign-in of " + username + " failed: " + result.status() + " " + result.location());
		}
		return session;
	}

	public Page login(String username, String password) {
		get("/login");
		return post("/login", Map.of("username", username, "password", password));
	}

	public Page get(String path) {
		Page page = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
		Matcher m = CSRF.matcher(page.body());
		if (m.find()) {
			csrf = m.group(1);
		}
		return page;
	}

	public Page post(String path, Map<String, String> form) {
		Map<String, String> fields = new LinkedHashMap<>(form);
		if (csrf != null) {
			fields.putIfAbsent("_csrf", csrf);
		}
		return postEncoded(path, encode(fields));
	}

	/** Posts a form and, like a browser, follows the redirect to the page that answers it. */
	public Page submit(String path, Map<String, String> form) {
		Page page = post(path, form);
		return page.status() == 302 ? get(page.location().replaceFirst("^https?://[^/]+", "")) : page;
	}

	/** Posts an already encoded body (for repeated keys such as checkboxes). */
	public Page postEncoded(String path, String body) {
		String withToken = csrf != null && !body.contains("_csrf=") ? body + "&_csrf=" + enc(csrf) : body;
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(withToken)));
	}

	/** Posts a body as is with any content type; the CSRF token goes in the header, as a script would send it. */
	public Page postRaw(String path, String contentType, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (csrf != null) {
			request.header("X-CSRF-TOKEN", csrf);
		}
		return send(request);
	}

	public static String encode(Map<String, String> fields) {
		return fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
	}

	public static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = http.send(request.header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(""));
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
