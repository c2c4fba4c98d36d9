package jp.kasane.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jp.kasane.IntegrationTest;
import jp.kasane.consent.ConsentForm;
import jp.kasane.consent.ConsentManagement;
import jp.kasane.consent.ConsentMethod;
import jp.kasane.consent.ConsentPurpose;
import jp.kasane.organization.Agency;
import jp.kasane.organization.AgencyForm;
import jp.kasane.organization.AgencyKind;
import jp.kasane.organization.OrganizationManagement;
import jp.kasane.organization.TenantKind;
import jp.kasane.organization.UserForm;
import jp.kasane.person.HouseholdForm;
import jp.kasane.person.HouseholdManagement;
import jp.kasane.person.PersonForm;
import jp.kasane.person.PersonManagement;
import jp.kasane.person.Relationship;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.Field;
import jp.kasane.shared.MunicipalityCode;
import jp.kasane.shared.PersonId;
import jp.kasane.shared.Role;
import jp.kasane.shared.TenantId;
import jp.kasane.support.Api;
import jp.kasane.support.AsActor;
import jp.kasane.support.OpenApiDocument;
import jp.kasane.support.OpenApiDocument.Operation;
import jp.kasane.support.OpenApiDocument.Param;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Property-based fuzzing of the whole API (issue 11 item 9): over every operation of the live OpenAPI
 * document, as several roles, with path ids that exist, random UUIDs, garbage and huge numbers, query
 * parameters, bodies made from the schema and then mutated (wrong types, missing fields, nulls, huge
 * strings, unicode, SQL metacharacters, unknown enum values), malformed JSON and wrong content types.
 * No answer may be a 5xx, and no body may carry a stack trace, an exception class name, SQL or
 * PostgreSQL error text.
 *
 * <p>Plain JUnit Jupiter in the shared Spring test context: one seeded {@link Random} draws every try
 * (operation, caller, id kind, garbage, mutation and the try's own seed), so the printed seed replays the
 * same requests; {@code -Dfuzz.seed=...} sets another. The first failure stops the run and names the
 * seed, the try and the request. (jqwik is not used: its engine prints a text asking AI agents not to
 * use it.) Writes go to a tenant of its own ({@code hostile-fuzz-*} users), so what the fuzzer creates
 * never shows in the demo town other tests count; the demo users only read.
 */
class ApiFuzzTest extends IntegrationTest {

	/** Requests tried (one per try); the whole run must stay near 3 minutes on a loaded 2-core machine. */
	static final int TRIES = 3000;
	/** Tries past this send nothing (and say so in the figures) so a very slow machine cannot hang the build. */
	static final Duration BUDGET = Duration.ofSeconds(170);
	/** The seed of the generation: the same seed replays the same requests ({@code -Dfuzz.seed=...} overrides). */
	static final long SEED = Long.getLong("fuzz.seed", 42110911L);
	/** Characters of URLs and JSON that parsers treat specially. */
	static final String METACHARACTERS = "%./\\'\"<>{}[]?#&=;:*-_~!@$^|`";
	static final List<String> ODD_WORDS = List.of("..", "%00", "%2e%2e%2f", "null", "undefined", "-1", "0", "NaN", "true",
			"{}", "[]", " ", "１２３", "😀", "\u202e", "ＡＢＣ");

	/** What may never be in an answer: traces, exception names, SQL and PostgreSQL error text. */
	static final List<String> FORBIDDEN = List.of("at jp.kasane", "Exception", "org.postgresql", "SQLState", "ERROR:",
			"org.springframework", "java.lang.", "jakarta.", "tools.jackson", "com.fasterxml", "Caused by", "PSQL",
			"SELECT ", "INSERT INTO", "UPDATE ", "DELETE FROM", "duplicate key", "violates ", "syntax error");

	static final List<String> FUZZ_USERS = List.of("hostile-fuzz-admin", "hostile-fuzz-staff", "hostile-fuzz-coord",
			"hostile-fuzz-worker", "hostile-fuzz-auditor");
	static final List<String> DEMO_READERS = List.of("shiyakusho", "hokatsu", "kansa", "chiiki");

	enum Ids {
		VALID, RANDOM_UUID, GARBAGE, HUGE_NUMBER, SQL
	}

	enum Mutation {
		NONE, WRONG_TYPE, MISSING_FIELD, NULL_FIELD, HUGE_STRING, UNICODE, SQL, UNKNOWN_ENUM, MALFORMED_JSON, EMPTY_BODY,
		WRONG_CONTENT_TYPE, ARRAY_FOR_OBJECT, DEEP_NESTING
	}

	record Fuzz(Operation op, String caller, Ids ids, String garbage, Mutation mutation, long seed) {
	}

	/** The fixture shared by all tries: the document, the ids that exist, the clients. */
	record Fixture(OpenApiDocument docs, List<String> validIds, Map<String, Api> clients, LocalDate today) {
	}

	static Fixture fixture;
	static final AtomicInteger TRIED = new AtomicInteger();
	static final AtomicInteger SERVER_ERRORS = new AtomicInteger();
	static final AtomicInteger LEAKS = new AtomicInteger();
	static final AtomicInteger SKIPPED = new AtomicInteger();
	static final Map<Integer, Integer> STATUSES = new java.util.TreeMap<>();
	static long started;

	@Autowired
	OrganizationManagement organization;

	@Autowired
	PersonManagement people;

	@Autowired
	HouseholdManagement households;

	@Autowired
	ConsentManagement consents;

	@Autowired
	Clock clock;

	@Test
	void noInputGetsA5xxOrAnInternalDetail() {
		System.out.printf("%n== ApiFuzzTest: seed %d (replay with -Dfuzz.seed=%d) ==%n", SEED, SEED);
		fixture = buildFixture();
		started = System.nanoTime();
		Random generator = new Random(SEED);
		try {
			for (int i = 1; i <= TRIES; i++) {
				Fuzz fuzz = draw(generator);
				if (Duration.ofNanos(System.nanoTime() - started).compareTo(BUDGET) > 0) {
					SKIPPED.incrementAndGet();
					continue;
				}
				tryOne(fuzz, i);
			}
		}
		finally {
			figures();
		}
	}

	private void tryOne(Fuzz fuzz, int attempt) {
		Random random = new Random(fuzz.seed());
		String path = path(fuzz, random);
		String contentType = null;
		String body = null;
		if (fuzz.op().body() != null || fuzz.op().isWrite()) {
			contentType = "application/json";
			body = body(fuzz, random);
			if (fuzz.mutation() == Mutation.WRONG_CONTENT_TYPE) {
				contentType = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
						"application/json; charset=Shift_JIS", "image/png").get(random.nextInt(5));
			}
			else if (fuzz.mutation() == Mutation.EMPTY_BODY) {
				body = random.nextBoolean() ? "" : null;
			}
		}
		Api.Response r = fixture.clients().get(fuzz.caller()).send(fuzz.op().method(), path, contentType, body);
		TRIED.incrementAndGet();
		synchronized (STATUSES) {
			STATUSES.merge(r.status(), 1, Integer::sum);
		}
		String request = fuzz.op().method() + " " + path + " as " + fuzz.caller() + " (" + fuzz.ids() + ", "
				+ fuzz.mutation() + ", Content-Type " + contentType + ") body "
				+ (body == null ? "none" : body.length() > 300 ? body.substring(0, 300) + "…" : body) + " [seed " + SEED
				+ ", try " + attempt + "; replay with -Dfuzz.seed=" + SEED + "]";
		if (r.status() >= 500) {
			SERVER_ERRORS.incrementAndGet();
			throw new AssertionError(r.status() + " for " + request + "\nanswer: " + excerpt(r.body()));
		}
		for (String marker : FORBIDDEN) {
			if (r.body() != null && r.body().contains(marker)) {
				LEAKS.incrementAndGet();
				throw new AssertionError("the answer " + r.status() + " carries 「" + marker + "」 for " + request + "\nanswer: "
						+ excerpt(r.body()));
			}
		}
	}

	static void figures() {
		System.out.printf("%n== ApiFuzzTest (seed %d, %d tries, budget %d s) ==%nrequests tried %d, skipped at the budget %d,"
				+ " 5xx %d, leaks %d, statuses %s, %d s%n", SEED, TRIES, BUDGET.toSeconds(), TRIED.get(),
				SKIPPED.get(), SERVER_ERRORS.get(), LEAKS.get(), STATUSES,
				started == 0 ? 0 : Duration.ofNanos(System.nanoTime() - started).toSeconds());
	}

	/**
	 * One try, drawn from the run's generator: operation, caller, id kind (valid 4 : random UUID 2 :
	 * garbage 2 : huge number 1 : SQL 1), garbage, mutation, and the seed of the try's own details.
	 */
	private static Fuzz draw(Random generator) {
		List<Operation> ops = fixture.docs().operations();
		Operation o = ops.get(generator.nextInt(ops.size()));
		int w = generator.nextInt(FUZZ_USERS.size() + DEMO_READERS.size());
		int weight = generator.nextInt(10);
		Ids ids = weight < 4 ? Ids.VALID : weight < 6 ? Ids.RANDOM_UUID : weight < 8 ? Ids.GARBAGE
				: weight < 9 ? Ids.HUGE_NUMBER : Ids.SQL;
		String garbage = garbage(generator);
		Mutation mutation = Mutation.values()[generator.nextInt(Mutation.values().length)];
		long seed = generator.nextLong();
		// The demo town's users only read; writes go to the fuzzer's own tenant.
		String caller = w < FUZZ_USERS.size() || o.isWrite() ? FUZZ_USERS.get(w % FUZZ_USERS.size())
				: DEMO_READERS.get(w - FUZZ_USERS.size());
		return new Fuzz(o, caller, ids, garbage, mutation, seed);
	}

	/** Any UTF-16 units (lone surrogates and controls too), URL/JSON metacharacters, or an odd word. */
	private static String garbage(Random generator) {
		return switch (generator.nextInt(3)) {
			case 0 -> chars(generator, 1 + generator.nextInt(40), null);
			case 1 -> chars(generator, 1 + generator.nextInt(12), METACHARACTERS);
			default -> ODD_WORDS.get(generator.nextInt(ODD_WORDS.size()));
		};
	}

	private static String chars(Random generator, int length, String from) {
		StringBuilder out = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			out.append(from == null ? (char) generator.nextInt(Character.MAX_VALUE + 1)
					: from.charAt(generator.nextInt(from.length())));
		}
		return out.toString();
	}

	private String path(Fuzz fuzz, Random random) {
		String path = fuzz.op().path();
		for (Param p : fuzz.op().pathParams()) {
			String value = switch (fuzz.ids()) {
				case VALID -> validFor(p, random);
				case RANDOM_UUID -> new UUID(random.nextLong(), random.nextLong()).toString();
				case GARBAGE -> fuzz.garbage();
				case HUGE_NUMBER -> List.of("99999999999999999999999", "-2147483649", "9223372036854775808", "1e309", "0x7fffffff")
					.get(random.nextInt(5));
				case SQL -> "1' OR '1'='1";
			};
			path = path.replace("{" + p.name() + "}", encode(value));
		}
		List<String> query = new ArrayList<>();
		for (Param p : fuzz.op().queryParams()) {
			if (random.nextInt(3) == 0) {
				continue;
			}
			String value = random.nextInt(3) == 0 ? fuzz.garbage() : String.valueOf(fixture.docs().example(p.schema(),
					fixture.today(), (n, s) -> Optional.empty()));
			if (random.nextInt(5) == 0) {
				value = List.of("99999999999999999999", "'; select pg_sleep(0)--", "ZZZ_UNKNOWN", "2025-02-30", "平成99年")
					.get(random.nextInt(5));
			}
			query.add(encode(p.name()) + "=" + encode(value));
		}
		return path + (query.isEmpty() ? "" : "?" + String.join("&", query));
	}

	/** Words of the API (actions, transitions, charts, years) or an id that exists. */
	private static String validFor(Param p, Random random) {
		return switch (p.name()) {
			case "action" -> List.of("accept", "return", "start", "complete").get(random.nextInt(4));
			case "transition" -> List.of("accept-application", "start-assessment", "close", "reopen").get(random.nextInt(4));
			case "chart" -> "consultations-by-field";
			case "year", "fiscalYear" -> String.valueOf(2020 + random.nextInt(8));
			default -> fixture.validIds().get(random.nextInt(fixture.validIds().size()));
		};
	}

	private String body(Fuzz fuzz, Random random) {
		if (fuzz.op().body() == null) {
			return fuzz.mutation() == Mutation.NONE ? null : "{\"unexpected\":true}";
		}
		Object example = fixture.docs().example(fuzz.op().body(), fixture.today(), (name, schema) ->
				"uuid".equals(schema.path("format").asString("")) && random.nextBoolean()
						? Optional.of(fixture.validIds().get(random.nextInt(fixture.validIds().size())))
						: Optional.empty());
		switch (fuzz.mutation()) {
			case MALFORMED_JSON -> {
				String text = Api.text(example);
				return List.of(text.substring(0, Math.max(0, text.length() / 2)), text + "}", "{\"a\":", "{'single':'quotes'}",
						"\uFEFF" + text, text.replace(":", "="), "[" + text, "nul", "{\"x\": 1e999999}", "\u0000")
					.get(random.nextInt(10));
			}
			case ARRAY_FOR_OBJECT -> {
				return "[" + Api.text(example) + "]";
			}
			case DEEP_NESTING -> {
				return "[".repeat(5000) + "]".repeat(5000);
			}
			default -> {
				return Api.text(mutate(example, fuzz.mutation(), random));
			}
		}
	}

	/** The example with one value (at any depth) changed by the mutation. */
	@SuppressWarnings("unchecked")
	private static Object mutate(Object example, Mutation mutation, Random random) {
		if (!(example instanceof Map<?, ?> map) || map.isEmpty()) {
			return example;
		}
		Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
		List<String> keys = new ArrayList<>(copy.keySet());
		String key = keys.get(random.nextInt(keys.size()));
		Object current = copy.get(key);
		if (current instanceof Map<?, ?> && random.nextBoolean()) {
			copy.put(key, mutate(current, mutation, random));
			return copy;
		}
		switch (mutation) {
			case WRONG_TYPE -> copy.put(key, current instanceof String ? (Object) List.of(1, 2) : "文字列");
			case MISSING_FIELD -> copy.remove(key);
			case NULL_FIELD -> copy.put(key, null);
			case HUGE_STRING -> copy.put(key, "あ".repeat(200_000));
			case UNICODE -> copy.put(key, List.of("\u0000", "😀🀄️", "\u202eabc", "ｶﾀｶﾅ", "𠮷野家", "\uD800", "\r\n\t", "Ω≈ç√")
				.get(random.nextInt(8)));
			case SQL -> copy.put(key, List.of("'; DROP TABLE person; --", "\" OR \"\"=\"", "1; select pg_sleep(0)", "$$", "\\",
					"%_", "') OR ('a'='a").get(random.nextInt(7)));
			case UNKNOWN_ENUM -> copy.put(key, "NOT_A_VALUE_" + random.nextInt(100));
			default -> {
			}
		}
		return copy;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static String excerpt(String body) {
		return body == null ? "" : body.length() > 2000 ? body.substring(0, 2000) + "…" : body;
	}

	/**
	 * The fuzzer's own tenant with users of every role and a few records, the ids that exist (of both
	 * tenants), and one client per user. The fuzzer's users get a cheap bcrypt hash: HTTP Basic hashes
	 * the password on every request, and 3,000 requests at the default cost take minutes on this machine.
	 */
	private Fixture buildFixture() {
		TenantId tenant = organization.provisionTenant(TenantKind.MUNICIPALITY, "東京都ふざ町（ファズテスト）",
				MunicipalityCode.parse("139955"));
		AgencyId setup = new AgencyId(new UUID(0, 0));
		Agency[] agencies = AsActor.call(tenant, setup, Role.SYSTEM_ADMIN, () -> {
			Agency office = organization.createAgency(new AgencyForm("ふざ町福祉課", AgencyKind.MUNICIPAL_DEPARTMENT,
					EnumSet.of(Field.OTHER), null, false, null, null, null, true, null));
			Agency centre = organization.createAgency(new AgencyForm("ふざ町重層的支援推進センター", AgencyKind.MULTI_AGENCY_COLLABORATION,
					EnumSet.of(Field.OTHER), null, false, null, null, null, true, null));
			Agency hub = organization.createAgency(new AgencyForm("ふざ町地域包括支援センター", AgencyKind.COMMUNITY_GENERAL_SUPPORT_CENTER,
					EnumSet.of(Field.ELDERLY), null, false, null, null, null, true, null));
			Map<String, Object[]> users = Map.of("hostile-fuzz-admin", new Object[] { office, Role.SYSTEM_ADMIN },
					"hostile-fuzz-staff", new Object[] { office, Role.MUNICIPAL_STAFF }, "hostile-fuzz-coord",
					new Object[] { centre, Role.COORDINATOR }, "hostile-fuzz-worker", new Object[] { hub, Role.CASEWORKER },
					"hostile-fuzz-auditor", new Object[] { office, Role.AUDITOR });
			users.forEach((name, spec) -> organization.provisionUser(new UserForm(name, "ファズ " + name.substring(13),
					((Agency) spec[0]).id().value(), EnumSet.of((Role) spec[1]), PASSWORD, true, null)));
			return new Agency[] { office, centre, hub };
		});
		AgencyId office = agencies[0].id();
		PersonId person = AsActor.call(tenant, office, Role.MUNICIPAL_STAFF, () -> people.register(new PersonForm("布座",
				uniqueKana(), "フザ", uniqueKana(), "1960-01-01", null, null, "ふざ町1-1", null, null, true, null)).id());
		AsActor.call(tenant, agencies[2].id(), Role.CASEWORKER, () -> people.register(new PersonForm("布座", uniqueKana(), "フザ",
				uniqueKana(), "1990-02-02", null, null, "ふざ町1-2", null, null, true, null)).id());
		AsActor.call(tenant, office, Role.MUNICIPAL_STAFF, () -> households.create(new HouseholdForm("布座世帯", null, null,
				person.value(), Relationship.HEAD, LocalDate.of(2001, 1, 1))));
		AsActor.call(tenant, office, Role.MUNICIPAL_STAFF, () -> consents.record(person, new ConsentForm(
				Set.of(ConsentPurpose.INFORMATION_SHARING, ConsentPurpose.REFERRAL),
				Set.of(office.value(), agencies[1].id().value(), agencies[2].id().value()), true, ConsentMethod.WRITTEN, "職員",
				LocalDate.of(2025, 1, 1), null, null)));
		owner.sql("UPDATE app_user SET password_hash = ? WHERE username LIKE 'hostile-fuzz-%'")
			.param("{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD))
			.update();
		List<String> ids = new ArrayList<>();
		for (String table : List.of("person", "household", "household_member", "consent", "agency", "app_user",
				"support_case", "support_plan", "referral", "meeting", "outreach_record", "participation_placement",
				"participation_host", "participation_menu", "directory_place", "community_issue", "community_hub",
				"community_platform", "network_platform", "network_council", "housing_support")) {
			ids.addAll(owner.sql("SELECT id::text FROM " + table + " ORDER BY tenant_id = ? DESC, id LIMIT 6")
				.param(tenant.value()).query(String.class).list());
		}
		Map<String, Api> clients = new HashMap<>();
		for (String user : FUZZ_USERS) {
			clients.put(user, api(user));
		}
		for (String user : DEMO_READERS) {
			clients.put(user, api(user));
		}
		return new Fixture(OpenApiDocument.load(port), List.copyOf(ids), clients, LocalDate.now(clock));
	}
}
