package jp.kasane.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import jp.kasane.IntegrationTest;
import jp.kasane.organization.OrganizationManagement;
import jp.kasane.organization.TenantKind;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.MunicipalityCode;
import jp.kasane.shared.Role;
import jp.kasane.shared.TenantId;
import jp.kasane.support.Api;
import jp.kasane.support.AsActor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Open Referral HSDS 3 export validates against the HSDS 3 JSON schemas (read from
 * {@code ../shared/data/hsds-3/schema}, never copied into the project; skipped when absent), re-imports
 * into an empty tenant to the same document, and the import keeps its rules (maintainers only, the
 * confidential flag for municipal staff only, all or nothing, bad input named).
 */
class HsdsTest extends IntegrationTest {

	static final Path SCHEMAS = Path.of("../shared/data/hsds-3/schema");

	/** Each top-level array of the export and the HSDS 3 schema its items follow. */
	static final Map<String, String> SCHEMA_OF = Map.of("organizations", "organization.json", "services", "service.json",
			"locations", "location.json", "service_at_locations", "service_at_location.json", "taxonomies", "taxonomy.json",
			"taxonomy_terms", "taxonomy_term.json");

	@Autowired
	DirectoryManagement directory;

	@Autowired
	OrganizationManagement organization;

	@Test
	void theExportValidatesAgainstTheHsds3Schemas() {
		Map<String, Schema> schemas = schemas();
		for (String user : List.of("shiyakusho", "hokatsu")) {
			Api.Response export = api(user).get("/api/v1/directory/hsds");
			assertThat(export.status()).isEqualTo(200);
			JsonNode doc = export.json();
			assertThat(doc.path("services").size()).isGreaterThanOrEqualTo(60);
			assertThat(doc.path("services").get(0).path("schedules").size()).isGreaterThan(0);
			for (Map.Entry<String, String> e : SCHEMA_OF.entrySet()) {
				assertThat(doc.path(e.getKey()).size()).as(e.getKey()).isGreaterThan(0);
				for (JsonNode item : doc.path(e.getKey()).values()) {
					List<Error> errors = schemas.get(e.getKey()).validate(item);
					assertThat(errors).as(user + " " + e.getKey() + " " + item.path("id").asString()).isEmpty();
				}
			}
		}
	}

	@Test
	void theSchemasReallyCheckNestedObjects() {
		Map<String, Schema> schemas = schemas();
		ObjectNode service = (ObjectNode) api("shiyakusho").get("/api/v1/directory/hsds").json().path("services").get(0).deepCopy();
		assertThat(schemas.get("services").validate(service)).isEmpty();
		service.remove("status");
		assertThat(schemas.get("services").validate(service)).as("status is required").isNotEmpty();
		service.put("status", "active");
		((ObjectNode) service.path("schedules").get(0)).put("freq", "DAILY");
		assertThat(schemas.get("services").validate(service)).as("schedule.json reached through $ref").isNotEmpty();
		((ObjectNode) service.path("schedules").get(0)).put("freq", "WEEKLY");
		((ObjectNode) service.path("schedules").get(0)).put("id", "not-a-uuid");
		assertThat(schemas.get("services").validate(service)).as("uuid format asserted").isNotEmpty();
	}

	@Test
	void exportImportIntoAnEmptyTenantExportsTheSameDocument() {
		JsonNode original = api("shiyakusho").get("/api/v1/directory/hsds").json();
		TenantId empty = organization.provisionTenant(TenantKind.MUNICIPALITY, "東京都はこべ町（HSDSテスト）",
				MunicipalityCode.parse("139939"));
		AgencyId agency = new AgencyId(new UUID(0, 0));
		assertThat(AsActor.call(empty, agency, Role.MUNICIPAL_STAFF, () -> directory.exportHsds()).path("services").size()).isZero();

		DirectoryManagement.ImportResult first = AsActor.call(empty, agency, Role.MUNICIPAL_STAFF, () -> directory.importHsds(original));
		assertThat(first.created()).isEqualTo(original.path("services").size());
		assertThat(first.updated()).isZero();
		assertThat(first.areasCreated()).isGreaterThanOrEqualTo(8);
		JsonNode again = AsActor.call(empty, agency, Role.MUNICIPAL_STAFF, () -> directory.exportHsds());
		assertThat(again).isEqualTo(original);

		DirectoryManagement.ImportResult second = AsActor.call(empty, agency, Role.MUNICIPAL_STAFF, () -> directory.importHsds(original));
		assertThat(second.created()).isZero();
		assertThat(second.updated()).isEqualTo(original.path("services").size());
		assertThat(AsActor.call(empty, agency, Role.MUNICIPAL_STAFF, () -> directory.exportHsds())).isEqualTo(original);
		// the tenants stay apart: a place added to かさね市 afterwards is not in the other tenant
		String later = "後から足した場所 " + uniqueKana();
		assertThat(api("shiyakusho").post("/api/v1/directory/places", DirectoryTest.form(later)).status()).isEqualTo(201);
		assertThat(AsActor.call(empty, agency, Role.MUNICIPAL_STAFF,
				() -> directory.search(new DirectorySearch(later, null, null, null, null)))).isEmpty();
		assertThat(api("shiyakusho").get("/api/v1/directory/places?q=" + DirectoryTest.enc(later)).json().size()).isEqualTo(1);
	}

	@Test
	void aRedactedExportReimportedKeepsTheStoredAddress() {
		JsonNode redacted = api("hokatsu").get("/api/v1/directory/hsds").json();
		Api.Response imported = api("shiyakusho").post("/api/v1/directory/hsds", redacted);
		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		assertThat(imported.json().path("created").asInt()).isZero();
		Api.Response shelters = api("shiyakusho").get("/api/v1/directory/places?q=" + DirectoryTest.enc("あおい"));
		assertThat(shelters.body()).contains(DirectoryTest.SHELTER_ADDRESS);
	}

	@Test
	void importIsForMaintainersAllOrNothingAndNamesWhatItCannotRead() {
		String okName = "取り込みサロン " + uniqueKana();
		String area = "取り込み小学校区 " + uniqueKana();
		Map<String, Object> doc = document(List.of(service(UUID.randomUUID(), okName, "SALON", area, false)));

		Api.Response refused = api("hokatsu").post("/api/v1/directory/hsds", doc);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.code()).isEqualTo("DIRECTORY_MAINTAINER_ONLY");

		Api.Response ok = api("chiiki").post("/api/v1/directory/hsds", doc);
		assertThat(ok.status()).as(ok.body()).isEqualTo(200);
		assertThat(ok.json().path("created").asInt()).isEqualTo(1);
		assertThat(ok.json().path("areasCreated").asInt()).isEqualTo(1);
		JsonNode found = api("hokatsu").get("/api/v1/directory/places?q=" + DirectoryTest.enc(okName) + "&area="
				+ DirectoryTest.enc(area) + "&day=" + DirectoryTest.enc("火") + "&time=10:30").json();
		assertThat(DirectoryTest.names(found)).containsExactly(okName);
		assertThat(found.get(0).path("scheduleLabels").get(0).asString()).isEqualTo("毎月第2火曜 10:00〜12:00");
		assertThat(found.get(0).path("kind").asString()).isEqualTo("SALON");

		// a confidential place in the batch: the 地域づくり agency may not, and nothing of the batch is stored
		String first = "取り込み前半 " + uniqueKana();
		Map<String, Object> mixed = document(List.of(service(UUID.randomUUID(), first, "IBASHO", area, false),
				service(UUID.randomUUID(), "取り込みシェルター " + uniqueKana(), "TEMPORARY_HOUSING", area, true)));
		Api.Response secret = api("chiiki").post("/api/v1/directory/hsds", mixed);
		assertThat(secret.status()).isEqualTo(403);
		assertThat(secret.code()).isEqualTo("CONFIDENTIAL_PLACE_MUNICIPAL_ONLY");
		assertThat(api("chiiki").get("/api/v1/directory/places?q=" + DirectoryTest.enc(first)).json().size()).isZero();

		Map<String, Object> noKind = document(List.of(service(UUID.randomUUID(), "種類なし", null, area, false)));
		Api.Response bad = api("chiiki").post("/api/v1/directory/hsds", noKind);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().path("errors").get(0).path("field").asString()).isEqualTo("services[0].attributes");
		assertThat(bad.json().path("errors").get(0).path("message").asString()).contains("種類");

		Map<String, Object> badDay = service(UUID.randomUUID(), "曜日違い", "SALON", area, false);
		badDay.put("schedules", List.of(Map.of("id", UUID.randomUUID().toString(), "freq", "MONTHLY", "byday", "2XX",
				"opens_at", "10:00", "closes_at", "12:00")));
		Api.Response badSchedule = api("chiiki").post("/api/v1/directory/hsds", document(List.of(badDay)));
		assertThat(badSchedule.status()).isEqualTo(400);
		assertThat(badSchedule.json().path("errors").get(0).path("field").asString()).isEqualTo("services[0].schedules[0]");

		Map<String, Object> script = service(UUID.randomUUID(), "<b>太字</b>", "SALON", area, false);
		Api.Response markup = api("chiiki").post("/api/v1/directory/hsds", document(List.of(script)));
		assertThat(markup.status()).isEqualTo(400);
		assertThat(markup.json().path("errors").get(0).path("field").asString()).isEqualTo("services[0].name");

		assertThat(api("chiiki").postRaw("/api/v1/directory/hsds", "[]").status()).isEqualTo(400);
		assertThat(api("chiiki").postRaw("/api/v1/directory/hsds", "{\"services\": 3}").status()).isEqualTo(400);
		assertThat(api("chiiki").postRaw("/api/v1/directory/hsds", "{not json").status()).isEqualTo(400);
	}

	// ------------------------------------------------------------------ helpers

	private static Map<String, Schema> schemas() {
		if (!Files.isDirectory(SCHEMAS)) {
			System.err.println("HSDS 3 schemas not found at " + SCHEMAS.toAbsolutePath()
					+ " — skipping the HSDS schema validation (they are not copied into the project)");
			Assumptions.assumeTrue(false, "HSDS 3 schemas absent at " + SCHEMAS.toAbsolutePath());
		}
		// The schema files have no $id: each is known under a local base IRI whose content comes from the
		// file, so the relative $refs between them (attribute.json, schedule.json …) resolve with no network.
		String base = "https://hsds.kasane.invalid/schema/";
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
				b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
					.schemas(iri -> iri.startsWith(base) ? read(SCHEMAS.resolve(iri.substring(base.length()))) : null));
		Map<String, Schema> schemas = new LinkedHashMap<>();
		SCHEMA_OF.forEach((key, file) -> schemas.put(key, registry.getSchema(SchemaLocation.of(base + file))));
		return schemas;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException("HSDS schema " + file + " unreadable", ex);
		}
	}

	private static Map<String, Object> document(List<Map<String, Object>> services) {
		return Map.of("organizations", List.of(Map.of("id", "0b5a6c1e-0000-4000-8000-000000000001", "name", "取り込みテストの会",
				"description", "テスト")), "services", services, "locations", services.stream().map(s -> s.get("_location")).toList(),
				"service_at_locations", services.stream().map(s -> Map.of("id", UUID.randomUUID().toString(), "service_id",
						s.get("id"), "location_id", ((Map<?, ?>) s.get("_location")).get("id"))).toList());
	}

	/** A foreign-style service: the kind and target terms only nested by code, no Kasane term ids. */
	private static Map<String, Object> service(UUID id, String name, String kind, String area, boolean confidential) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("id", id.toString());
		s.put("organization_id", "0b5a6c1e-0000-4000-8000-000000000001");
		s.put("name", name);
		s.put("status", "active");
		List<Map<String, Object>> attributes = new java.util.ArrayList<>();
		if (kind != null) {
			attributes.add(Map.of("id", UUID.randomUUID().toString(), "taxonomy_term",
					Map.of("id", UUID.randomUUID().toString(), "name", kind, "description", kind, "code", kind)));
		}
		attributes.add(Map.of("id", UUID.randomUUID().toString(), "taxonomy_term",
				Map.of("id", UUID.randomUUID().toString(), "name", "高齢", "description", "高齢", "code", "ELDERLY")));
		s.put("attributes", attributes);
		s.put("schedules", List.of(Map.of("id", UUID.randomUUID().toString(), "freq", "MONTHLY", "byday", "2TU",
				"opens_at", "10:00", "closes_at", "12:00")));
		s.put("service_areas", List.of(Map.of("id", UUID.randomUUID().toString(), "name", area, "description", "小学校区")));
		Map<String, Object> location = new LinkedHashMap<>();
		location.put("id", UUID.randomUUID().toString());
		location.put("location_type", "physical");
		location.put("addresses", List.of(Map.of("id", UUID.randomUUID().toString(), "address_1", "北町1丁目1番1号", "city", "かさね市",
				"state_province", "東京都", "postal_code", "139-0001", "country", "JP", "address_type", "physical")));
		if (confidential) {
			location.put("attributes", List.of(Map.of("id", UUID.randomUUID().toString(), "value", "true", "taxonomy_term",
					Map.of("id", UUID.randomUUID().toString(), "name", "非公開", "description", "非公開", "code", "CONFIDENTIAL_ADDRESS"))));
		}
		s.put("_location", location);
		return s;
	}
}
