package jp.kasane.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal HTTP/1.0 client whose socket is bound to a chosen loopback address (127.0.0.2, 127.0.0.3 …: Linux routes
 * all of 127/8 to lo), so that the server's {@code request.getRemoteAddr()} tells test clients apart without any
 * trusted header. Keeps the session cookie and the CSRF token of the last page, like {@link PageSession}.
 */
public final class LoopbackClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
	private static final Pattern COOKIE = Pattern.compile("^JSESSIONID=([^;]+)", Pattern.CASE_INSENSITIVE);

	private final InetAddress local;
	private final int port;
	private String session;
	private String csrf;

	public record Response(int status, Map<String, String> headers, String body) {

		public String header(String name) {
			return headers.get(name.toLowerCase(Locale.ROOT));
		}
	}

	public LoopbackClient(String localAddress, int port) {
		try {
			this.local = InetAddress.getByName(localAddress);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.port = port;
	}

	/** An API call with HTTP Basic (no session). */
	public Response basic(String path, String username, String password) {
		String auth = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return send("GET", path, Map.of("Authorization", "Basic " + auth, "Accept", "application/json"), null);
	}

	public Response get(String path) {
		Response r = send("GET", path, Map.of("Accept", "text/html"), null);
		Matcher m = CSRF.matcher(r.body());
		if (m.find()) {
			csrf = m.group(1);
		}
		return r;
	}

	/** Signs in through the login form: opens the page for its CSRF token, then posts the form. */
	public Response login(String username, String password) {
		get("/login");
		String form = "username=" + PageSession.enc(username) + "&password=" + PageSession.enc(password) + "&_csrf="
				+ PageSession.enc(csrf);
		return send("POST", "/login", Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html"), form);
	}

	private Response send(String method, String path, Map<String, String> headers, String body) {
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(local, 0));
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
			socket.setSoTimeout(30_000);
			byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
			StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.0\r\nHost: localhost:" + port + "\r\n");
			headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
			if (session != null) {
				request.append("Cookie: JSESSIONID=").append(session).append("\r\n");
			}
			if (body != null) {
				request.append("Content-Length: ").append(content.length).append("\r\n");
			}
			request.append("\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(content);
			out.flush();
			return parse(socket.getInputStream());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Response parse(InputStream in) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		in.transferTo(all);
		String text = all.toString(StandardCharsets.UTF_8);
		int split = text.indexOf("\r\n\r\n");
		String head = split < 0 ? text : text.substring(0, split);
		String body = split < 0 ? "" : text.substring(split + 4);
		String[] lines = head.split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
			String value = lines[i].substring(colon + 1).trim();
			if (name.equals("set-cookie")) {
				Matcher m = COOKIE.matcher(value);
				if (m.find()) {
					session = m.group(1);
				}
			}
			headers.merge(name, value, (a, b) -> a + ", " + b);
		}
		return new Response(status, headers, body);
	}
}
