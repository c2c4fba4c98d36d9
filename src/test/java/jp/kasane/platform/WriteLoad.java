package jp.kasane.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jp.kasane.demo.DemoTownLoader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Clients that register people through the API as one caseworker (HTTP Basic) until told to stop, keeping the id
 * of every registration the server acknowledged with 2xx; then the check that each of those ids can still be read.
 * Every person has a name and a date of birth of their own, so 名寄せ never asks for confirmation.
 */
final class WriteLoad {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final String KANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ";
	/** One sequence for the whole run: names stay unique across rounds on the same database. */
	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final String base;
	private final String authorization;
	private final Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
	private final AtomicInteger refused = new AtomicInteger();
	private final AtomicInteger failed = new AtomicInteger();
	private final AtomicBoolean stop = new AtomicBoolean();
	private final CountDownLatch enough;
	private final List<Future<?>> running = new ArrayList<>();
	private ExecutorService clients;

	/** A load (not yet started) for the API on {@code port}, done once {@code enough} writes were acknowledged. */
	WriteLoad(int port, String username, int enough) {
		this.base = "http://127.0.0.1:" + port;
		this.authorization = "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + DemoTownLoader.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
		this.enough = new CountDownLatch(enough);
	}

	WriteLoad start(int clients) {
		this.clients = Executors.newFixedThreadPool(clients);
		for (int i = 0; i < clients; i++) {
			running.add(this.clients.submit(this::write));
		}
		return this;
	}

	/** Waits until {@code enough} writes were acknowledged, or {@code limit} passed; true if enough were. */
	boolean awaitAcknowledged(Duration limit) throws InterruptedException {
		return enough.await(limit.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Stops the clients (after the kill their requests fail at once) and waits for them. */
	List<String> stop() throws Exception {
		stop.set(true);
		for (Future<?> client : running) {
			client.get(60, TimeUnit.SECONDS);
		}
		clients.shutdown();
		return List.copyOf(acknowledged);
	}

	int refused() {
		return refused.get();
	}

	int failed() {
		return failed.get();
	}

	/** The acknowledged ids that cannot be read back (anything but 200), read by {@code clients} threads. */
	List<String> missing(List<String> ids, int clients) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			List<Future<String>> answers = new ArrayList<>();
			for (String id : ids) {
				answers.add(pool.submit(() -> read(id) == 200 ? null : id));
			}
			List<String> missing = new ArrayList<>();
			for (Future<String> answer : answers) {
				String id = answer.get(60, TimeUnit.SECONDS);
				if (id != null) {
					missing.add(id);
				}
			}
			return missing;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private void write() {
		HttpClient http = client();
		while (!stop.get()) {
			int n = SEQUENCE.incrementAndGet();
			try {
				HttpResponse<String> response = http.send(request("/api/v1/people")
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(person(n))))
					.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
				if (response.statusCode() / 100 == 2) {
					acknowledged.add(JSON.readTree(response.body()).path("id").asString());
					enough.countDown();
				}
				else {
					refused.incrementAndGet();
				}
			}
			catch (IOException ex) {
				failed.incrementAndGet(); // the server is gone (killed) or not answering: nothing acknowledged, client done
				return;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private int read(String id) throws IOException, InterruptedException {
		int status = 0;
		for (int attempt = 0; attempt < 3 && status != 200 && status != 404; attempt++) {
			status = client().send(request("/api/v1/people/" + id).GET().build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		return status;
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).header("Authorization", authorization);
	}

	private static HttpClient client() {
		return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
	}

	/** A person no one else has: the sequence number spelt in katakana, and a date of birth of its own. */
	private static Map<String, Object> person(int n) {
		StringBuilder kana = new StringBuilder("ク");
		for (int rest = n; rest > 0; rest /= KANA.length()) {
			kana.append(KANA.charAt(rest % KANA.length()));
		}
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("familyName", "耐久");
		form.put("givenName", kana.toString());
		form.put("familyKana", "タイキュウ");
		form.put("givenKana", kana.toString());
		form.put("birthDate", LocalDate.of(1940, 1, 1).plusDays(n).toString());
		form.put("address", "東京都かさね市本町1丁目1番1号");
		form.put("postalCode", "139-0001");
		form.put("confirmedNotDuplicate", false);
		return form;
	}
}
