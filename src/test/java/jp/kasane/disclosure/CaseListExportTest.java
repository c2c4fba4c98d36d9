package jp.kasane.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jp.kasane.casework.CaseworkTestSupport;
import jp.kasane.support.Api;
import jp.kasane.support.Api.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The case list CSV of a caseworker never holds a person their agency may not see: not one only another
 * agency knows, not one whose consent naming the agency was withdrawn, not one the agency knows only from
 * a 支援会議; it holds exactly the rows of the case list page, and every export is audited.
 */
class CaseListExportTest extends CaseworkTestSupport {

	static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	@Test
	void aCaseworkersCsvHoldsOnlyCasesAndPeopleTheirAgencyMaySee() throws IOException {
		Api hokatsu = api("hokatsu");
		Api kodomo = api("kodomo");
		Api kyodo = api("kyodo");
		String hub = agencyOf("hokatsu");
		String child = agencyOf("kodomo");
		String coordinator = agencyOf("kyodo");
		String municipal = agencyOf("shiyakusho");

		// Own: registered and referred by the hub.
		String ownGiven = "自" + uniqueKana();
		String own = register(hokatsu, "事例", ownGiven, "1961-01-01");
		consent(hokatsu, own, List.of(hub, coordinator));
		String ownCase = referred(hokatsu, own);
		// Only the こども家庭センター knows this person.
		String otherGiven = "他" + uniqueKana();
		String other = register(kodomo, "事例", otherGiven, "1962-02-02");
		String otherCase = referred(kodomo, other);
		// Consent naming the hub, later withdrawn.
		String withdrawnGiven = "撤" + uniqueKana();
		String withdrawn = register(kodomo, "事例", withdrawnGiven, "1963-03-03");
		Response consent = kodomo.post("/api/v1/people/" + withdrawn + "/consents", Map.of("purposes",
				List.of("INFORMATION_SHARING", "MULTI_AGENCY_COLLABORATION"), "agencies", List.of(hub, child, coordinator),
				"coversConference", true, "method", "WRITTEN", "obtainedByName", "こども 担当", "obtainedOn", LocalDate.now(TOKYO).toString()));
		assertThat(consent.status()).as(consent.body()).isEqualTo(201);
		String withdrawnCase = referred(kodomo, withdrawn);
		// Known to the hub only as a person on the agenda of a 支援会議 whose pledge its user signed.
		String conferenceGiven = "会" + uniqueKana();
		String conferenceOnly = register(kodomo, "事例", conferenceGiven, "1964-04-04");
		String conferenceCase = referred(kodomo, conferenceOnly);
		String meeting = schedule(kyodo, "SUPPORT_CONFERENCE", "支援会議（事例一覧）", List.of(municipal, hub, child, coordinator));
		assertThat(kodomo.post("/api/v1/meetings/" + meeting + "/pledge", Map.of()).status()).isEqualTo(200);
		assertThat(hokatsu.post("/api/v1/meetings/" + meeting + "/pledge", Map.of()).status()).isEqualTo(200);
		assertThat(kodomo.post("/api/v1/meetings/" + meeting + "/agenda", agenda(conferenceOnly, null, "A")).status()).isEqualTo(200);
		assertThat(hokatsu.get("/api/v1/meetings/" + meeting).json().path("agenda").path(0).path("person").asString())
			.as("the hub does read the person there").isEqualTo(conferenceOnly);

		// While the consent is in force, the hub sees that case and its person.
		List<CSVRecord> before = csv(hokatsu);
		assertThat(column(before, "事例ID")).contains(ownCase, withdrawnCase);
		assertThat(String.join(" ", column(before, "本人・世帯員"))).contains(ownGiven, withdrawnGiven);

		Response withdrawal = kodomo.post("/api/v1/people/" + withdrawn + "/consents/" + consent.json().path("id").asString() + "/withdraw",
				Map.of("withdrawnOn", LocalDate.now(TOKYO).toString(), "reason", "本人の申出"));
		assertThat(withdrawal.status()).as(withdrawal.body()).isEqualTo(200);

		List<CSVRecord> rows = csv(hokatsu);
		assertThat(column(rows, "事例ID")).contains(ownCase).doesNotContain(otherCase, withdrawnCase, conferenceCase);
		String everything = rows.toString();
		assertThat(everything).contains(ownGiven).doesNotContain(otherGiven).doesNotContain(withdrawnGiven)
			.doesNotContain(conferenceGiven).doesNotContain(other).doesNotContain(withdrawn).doesNotContain(conferenceOnly);
		CSVRecord ownRow = rows.stream().filter(r -> r.get("事例ID").equals(ownCase)).findFirst().orElseThrow();
		assertThat(ownRow.get("状態")).isEqualTo("紹介受付");
		assertThat(ownRow.get("紹介元機関")).isEqualTo("かさね市北部地域包括支援センター");
		assertThat(ownRow.get("閲覧の根拠がない人数")).isEqualTo("0");
		assertThat(ownRow.get("開始日")).isEqualTo(LocalDate.now(TOKYO).toString());

		// The page lists the same cases and links to the CSV.
		String page = pages("hokatsu").get("/cases").body();
		assertThat(page).contains("/cases.csv").contains(ownGiven).contains(ownCase).doesNotContain(otherGiven)
			.doesNotContain(withdrawnGiven).doesNotContain(conferenceGiven).doesNotContain(otherCase).doesNotContain(conferenceCase);

		// The case list of the municipality does hold them: the filter is the agency's, not missing data.
		List<CSVRecord> all = csv(api("shiyakusho"));
		assertThat(column(all, "事例ID")).contains(ownCase, otherCase, withdrawnCase, conferenceCase);
		// The coordinator opens every case but sees only people it has a basis for.
		List<CSVRecord> coordinatorRows = csv(kyodo);
		CSVRecord otherForCoordinator = coordinatorRows.stream().filter(r -> r.get("事例ID").equals(otherCase)).findFirst().orElseThrow();
		assertThat(otherForCoordinator.get("本人・世帯員")).isEmpty();
		assertThat(otherForCoordinator.get("閲覧の根拠がない人数")).isEqualTo("1");

		// Every export is audited per person listed, never for the people left out.
		JsonNode entries = api("kansa").get("/api/v1/audit/entries?person=" + own + "&user=hokatsu").json();
		assertThat(entries.toString()).contains("CASE_LIST_CSV").contains("EXPORT");
		assertThat(owner.sql("SELECT count(*) FROM audit_entry WHERE person_id = ?::uuid AND username = 'hokatsu' AND action = 'EXPORT'")
			.param(other).query(Integer.class).single()).isZero();
	}

	@Test
	void theCsvIsUtf8WithBomForExcelAndRefusedToRolesWithoutResidents() {
		Api.Binary file = api("hokatsu").getBytes("/api/v1/cases.csv");
		assertThat(file.status()).isEqualTo(200);
		assertThat(file.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
		assertThat(Arrays.copyOf(file.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String text = new String(file.body(), StandardCharsets.UTF_8).substring(1);
		assertThat(text.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", CaseCsv.HEADER));
		assertThat(api("kansa").getBytes("/api/v1/cases.csv").status()).isEqualTo(403);
		assertThat(api("admin").getBytes("/api/v1/cases.csv").status()).isEqualTo(403);
		assertThat(pages("hokatsu").get("/cases.csv").status()).isEqualTo(200);
	}

	private String referred(Api api, String person) {
		Response response = api.post("/api/v1/cases", Map.of("people", List.of(person)));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().path("id").asString();
	}

	private static List<CSVRecord> csv(Api api) throws IOException {
		Api.Binary file = api.getBytes("/api/v1/cases.csv");
		assertThat(file.status()).isEqualTo(200);
		String text = new String(file.body(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text.substring(1)))
			.getRecords();
	}

	private static List<String> column(List<CSVRecord> rows, String name) {
		return rows.stream().map(r -> r.get(name)).toList();
	}
}
