package jp.kasane.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.kasane.casework.CaseworkTestSupport;
import jp.kasane.shared.FiscalYear;
import jp.kasane.support.Api;
import jp.kasane.support.Api.Response;
import jp.kasane.support.PageSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The dashboards' JSON over real HTTP: counts follow data this test creates (deltas, as other tests share the
 * database), the 年度 boundary, the click-through matching every figure, who sees what, and bad input.
 */
class DashboardApiTest extends CaseworkTestSupport {

	private static final int THIS_YEAR = FiscalYear.of(LocalDate.now()).year();

	@Test
	void aConsultationOnMarch31AndOneOnApril1FallInDifferentYearsAndClickThroughToThem() {
		Api hokatsu = api("hokatsu");
		Api shiyakusho = api("shiyakusho");
		String person = register(hokatsu, "境", "年度", "1950-06-01");
		int before = THIS_YEAR - 1;
		long lastYearMarch = cell(shiyakusho, "consultations-by-field", before, before + 1 + "-03", "ELDERLY");
		long thisYearApril = cell(shiyakusho, "consultations-by-field", before + 1, before + 1 + "-04", "ELDERLY");
		long lastYearTotal = chart(shiyakusho, "consultations-by-field", before).path("total").asLong();
		long thisYearTotal = chart(shiyakusho, "consultations-by-field", before + 1).path("total").asLong();

		String march = consult(hokatsu, person, LocalDate.of(before + 1, 3, 31), List.of("DEMENTIA"));
		String april = consult(hokatsu, person, LocalDate.of(before + 1, 4, 1), List.of("DEMENTIA", "ISOLATION"));

		assertThat(cell(shiyakusho, "consultations-by-field", before, before + 1 + "-03", "ELDERLY")).isEqualTo(lastYearMarch + 1);
		assertThat(cell(shiyakusho, "consultations-by-field", before + 1, before + 1 + "-04", "ELDERLY")).isEqualTo(thisYearApril + 1);
		assertThat(chart(shiyakusho, "consultations-by-field", before).path("total").asLong()).as("3月31日 is in the old year")
			.isEqualTo(lastYearTotal + 1);
		assertThat(chart(shiyakusho, "consultations-by-field", before + 1).path("total").asLong()).as("4月1日 starts the new year")
			.isEqualTo(thisYearTotal + 1);
		JsonNode old = chart(shiyakusho, "consultations-by-field", before);
		assertThat(old.path("yearLabel").asString()).isEqualTo(new FiscalYear(before).label());
		assertThat(old.path("categories").path(0).path("code").asString()).isEqualTo(before + "-04");
		assertThat(old.path("categories").path(11).path("code").asString()).isEqualTo(before + 1 + "-03");

		JsonNode marchRecords = records(shiyakusho, "consultations-by-field", before, Map.of("month", before + 1 + "-03", "field", "ELDERLY"));
		assertThat(ids(marchRecords)).contains(march).doesNotContain(april);
		JsonNode aprilRecords = records(shiyakusho, "consultations-by-field", before + 1,
				Map.of("month", before + 1 + "-04", "field", "ELDERLY"));
		assertThat(ids(aprilRecords)).contains(april).doesNotContain(march);
		assertThat(aprilRecords.path("rows").findValuesAsString("href")).contains("/people/" + person + "/consultations");
		assertThat(aprilRecords.path("rows").findValuesAsString("people")).anyMatch(n -> n.contains("境"));

		// Each tag of a consultation counts once, the channel once, the age band at the consultation date.
		assertThat(cell(shiyakusho, "consultations-by-tag", before + 1, before + 1 + "-04", "ISOLATION")).isPositive();
		assertThat(records(shiyakusho, "consultations-by-age", before + 1, Map.of("month", before + 1 + "-04", "age", "OLD_ELDERLY"))
			.path("rows").findValuesAsString("id")).contains(april);
	}

	@Test
	void everyFigureOfTheTownClicksThroughToExactlyItsRecordsForMunicipalStaff() {
		Api shiyakusho = api("shiyakusho");
		caseInPlanning("図表", "確認");
		JsonNode all = shiyakusho.get("/api/v1/dashboard?year=" + THIS_YEAR).json();
		assertThat(all.path("scope").asString()).isEqualTo("市全体");
		assertThat(all.path("charts").size()).isEqualTo(Chart.values().length);
		int checked = 0;
		for (JsonNode chart : all.path("charts")) {
			// The first, the largest and the last figures of each chart (every figure would take a minute over HTTP).
			List<Map<String, String>> each = figures(chart);
			List<Map<String, String>> sample = each.isEmpty() ? List.of() : List.of(each.get(0), each.stream()
				.max(java.util.Comparator.comparingLong(f -> Long.parseLong(f.get("#count")))).orElseThrow(), each.get(each.size() - 1));
			for (Map<String, String> shown : sample) {
				Map<String, String> figure = new HashMap<>(shown);
				long count = Long.parseLong(figure.remove("#count"));
				JsonNode list = records(shiyakusho, chart.path("chart").asString(), THIS_YEAR, figure);
				assertThat(list.path("total").asLong()).as("%s %s", chart.path("chart").asString(), figure).isEqualTo(count);
				assertThat(list.path("hidden").asLong()).as("municipal staff may open everything").isZero();
				assertThat(list.path("rows").size()).isEqualTo((int) count);
				checked++;
			}
		}
		assertThat(checked).as("the demo town and this test give figures to check").isGreaterThan(25);
		assertThat(all.path("charts").findValuesAsString("chart")).contains("referrals", "gap-households", "pending-conferences");
	}

	@Test
	void aCaseworkerSeesOnlyTheirAgencysWorkAndNeverNamesSomeoneTheyMayNoLongerSee() {
		Api kodomo = api("kodomo");
		Api hokatsu = api("hokatsu");
		String child = register(kodomo, "狭間", "未来", "2014-05-05");
		long hokatsuBefore = chart(hokatsu, "consultations-by-channel", THIS_YEAR).path("total").asLong();
		long townBefore = chart(api("shiyakusho"), "consultations-by-channel", THIS_YEAR).path("total").asLong();
		consult(kodomo, child, LocalDate.now(), List.of("SCHOOL_REFUSAL"));
		assertThat(chart(hokatsu, "consultations-by-channel", THIS_YEAR).path("total").asLong())
			.as("the こども家庭センター's consultation is not the 包括's work").isEqualTo(hokatsuBefore);
		assertThat(chart(api("shiyakusho"), "consultations-by-channel", THIS_YEAR).path("total").asLong()).isEqualTo(townBefore + 1);
		assertThat(api("hokatsu").get("/api/v1/dashboard").json().path("scope").asString()).contains("北部地域包括支援センター");

		// The child's consent lets the 包括 see them; it records a consultation; then the consent is withdrawn.
		Response consent = kodomo.post("/api/v1/people/" + child + "/consents", Map.of("purposes", List.of("INFORMATION_SHARING"),
				"agencies", List.of(agencyOf("hokatsu")), "coversConference", false, "method", "WRITTEN", "obtainedByName", "子ども 担当",
				"obtainedOn", LocalDate.now().toString()));
		assertThat(consent.status()).as(consent.body()).isEqualTo(201);
		String atHokatsu = consult(hokatsu, child, LocalDate.now(), List.of("YOUNG_CARER"));
		String month = LocalDate.now().toString().substring(0, 7);
		JsonNode visible = records(hokatsu, "consultations-by-tag", THIS_YEAR, Map.of("month", month, "tag", "YOUNG_CARER"));
		assertThat(ids(visible)).contains(atHokatsu);
		assertThat(kodomo.post("/api/v1/people/" + child + "/consents/" + consent.json().path("id").asString() + "/withdraw",
				Map.of("withdrawnOn", LocalDate.now().toString(), "reason", "本人の申し出")).status()).isEqualTo(200);

		long figure = cell(hokatsu, "consultations-by-tag", THIS_YEAR, month, "YOUNG_CARER");
		JsonNode after = records(hokatsu, "consultations-by-tag", THIS_YEAR, Map.of("month", month, "tag", "YOUNG_CARER"));
		assertThat(after.path("total").asLong()).as("the list still matches the figure").isEqualTo(figure);
		assertThat(after.path("hidden").asLong()).as("counted, not named").isGreaterThanOrEqualTo(1);
		assertThat(ids(after)).doesNotContain(atHokatsu);
		assertThat(after.toString()).doesNotContain(child).doesNotContain("狭間");
		PageSession.Page page = pages("hokatsu").get("/dashboard/records?chart=consultations-by-tag&year=" + THIS_YEAR + "&month="
				+ month + "&tag=YOUNG_CARER");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("閲覧権限のない記録 " + after.path("hidden").asLong() + "件").doesNotContain(child)
			.doesNotContain("狭間");

		// Nowhere in the 包括's click-through is the こども家庭センター's child.
		for (JsonNode chart : hokatsu.get("/api/v1/dashboard?year=" + THIS_YEAR).json().path("charts")) {
			for (Map<String, String> f : figures(chart)) {
				f.remove("#count");
				JsonNode list = records(hokatsu, chart.path("chart").asString(), THIS_YEAR, f);
				assertThat(list.toString()).as(chart.path("chart").asString()).doesNotContain(child).doesNotContain("狭間 未来");
			}
		}
	}

	@Test
	void referralsFlowBetweenAgenciesWithDaysToAcceptance() {
		Api hokatsu = api("hokatsu");
		Api kodomo = api("kodomo");
		Api shiyakusho = api("shiyakusho");
		String person = register(hokatsu, "流れ", "太郎", "1980-01-01");
		assertThat(hokatsu.post("/api/v1/people/" + person + "/consents", Map.of("purposes", List.of("REFERRAL"), "agencies",
				List.of(agencyOf("kodomo")), "coversConference", false, "method", "WRITTEN", "obtainedByName", "包括 担当", "obtainedOn",
				LocalDate.now().toString())).status()).isEqualTo(201);
		String from = agencyOf("hokatsu");
		String to = agencyOf("kodomo");
		long before = link(shiyakusho, from, to);
		Response referral = hokatsu.post("/api/v1/people/" + person + "/referrals", Map.of("toAgency", to, "note", "子育ての相談"));
		assertThat(referral.status()).as(referral.body()).isEqualTo(201);
		assertThat(kodomo.post("/api/v1/referrals/" + referral.json().path("id").asString() + "/accept", Map.of("version", 0)).status())
			.isEqualTo(200);

		assertThat(link(shiyakusho, from, to)).isEqualTo(before + 1);
		JsonNode sankey = chart(shiyakusho, "referrals", THIS_YEAR);
		JsonNode flow = flow(sankey, from, to);
		assertThat(flow.path("meanDays").isNumber()).as("accepted the same day: a time to acceptance").isTrue();
		assertThat(flow.path("fromLabel").asString()).isEqualTo("かさね市北部地域包括支援センター");
		assertThat(sankey.path("median").isNumber()).isTrue();
		assertThat(ids(records(shiyakusho, "referrals", THIS_YEAR, Map.of("from", from, "to", to))))
			.contains(referral.json().path("id").asString());
		// Both agencies see the flow as their own work; the こども家庭センター's other flows are not the 包括's.
		assertThat(link(hokatsu, from, to)).isEqualTo(before + 1);
		for (JsonNode l : chart(hokatsu, "referrals", THIS_YEAR).path("links")) {
			assertThat(List.of(l.path("from").asString(), l.path("to").asString())).contains(from);
		}
	}

	@Test
	void mandatoryConferencesPendingUntilTheyAreHeldAndConferencesCountByKindAndRole() {
		Api kyodo = api("kyodo");
		CaseAt planning = caseInPlanning("会議", "待ち");
		long pending = chart(kyodo, "pending-conferences", THIS_YEAR).path("total").asLong();
		JsonNode unscheduled = records(kyodo, "pending-conferences", THIS_YEAR, Map.of("pending", "UNSCHEDULED"));
		assertThat(ids(unscheduled)).contains(planning.id());
		assertThat(unscheduled.path("rows").findValuesAsString("href")).contains("/cases/" + planning.id());
		long held = cell(kyodo, "conferences", THIS_YEAR, "MULTI_LAYERED", "HELD");
		long roleA = cell(kyodo, "conferences", THIS_YEAR, "MULTI_LAYERED", "A");

		String decision = heldDecision(kyodo, planning.id(), personOf(planning.id()), List.of(agencyOf("shiyakusho"), agencyOf("kyodo")),
				List.of(agencyOf("shiyakusho"), agencyOf("kyodo")), "PLAN_ADOPTION");

		assertThat(chart(kyodo, "pending-conferences", THIS_YEAR).path("total").asLong()).isEqualTo(pending - 1);
		assertThat(ids(records(kyodo, "pending-conferences", THIS_YEAR, Map.of("pending", "UNSCHEDULED")))).doesNotContain(planning.id());
		assertThat(cell(kyodo, "conferences", THIS_YEAR, "MULTI_LAYERED", "HELD")).isEqualTo(held + 1);
		assertThat(cell(kyodo, "conferences", THIS_YEAR, "MULTI_LAYERED", "A")).isEqualTo(roleA + 1);

		long inSupport = cell(kyodo, "cases-by-state", THIS_YEAR, "IN_SUPPORT", "ALL");
		move(kyodo, planning.id(), "adopt-plan", Map.of("version", planning.version(), "decisionId", decision));
		assertThat(cell(kyodo, "cases-by-state", THIS_YEAR, "IN_SUPPORT", "ALL")).isEqualTo(inSupport + 1);
		JsonNode days = chart(kyodo, "case-state-days", THIS_YEAR);
		assertThat(days.path("series").path(0).path("mean").isArray()).as("time spent in each state").isTrue();
	}

	@Test
	void auditorsAndAdministratorsHaveNoDashboards() {
		for (String user : List.of("kansa", "admin")) {
			Response refused = api(user).get("/api/v1/dashboard");
			assertThat(refused.status()).as(user).isEqualTo(403);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(api(user).get("/api/v1/dashboard/referrals/records?from=x").status()).isEqualTo(403);
			PageSession pages = pages(user);
			assertThat(pages.get("/dashboard").status()).isEqualTo(403);
			assertThat(pages.get("/").body()).doesNotContain("href=\"/dashboard\"");
		}
		assertThat(pages("hokatsu").get("/").body()).contains("href=\"/dashboard\"");
	}

	@Test
	void badInputIsA400NamingTheFieldAndAJapaneseMessageOnThePage() {
		Api shiyakusho = api("shiyakusho");
		for (String bad : List.of("abc", "26", "1999", String.valueOf(THIS_YEAR + 1))) {
			Response response = shiyakusho.get("/api/v1/dashboard?year=" + bad);
			assertThat(response.status()).as(bad).isEqualTo(400);
			assertThat(response.contentType()).startsWith("application/problem+json");
			assertThat(response.json().path("errors").findValuesAsString("field")).containsExactly("year");
			assertThat(response.json().path("errors").path(0).path("message").asString()).contains("年度");
		}
		assertThat(shiyakusho.get("/api/v1/dashboard/no-such-chart").status()).isEqualTo(404);
		Response month = shiyakusho.get("/api/v1/dashboard/consultations-by-field/records?year=" + THIS_YEAR + "&month=1999-01");
		assertThat(month.status()).isEqualTo(400);
		assertThat(month.json().path("errors").findValuesAsString("field")).containsExactly("month");
		assertThat(shiyakusho.get("/api/v1/dashboard/referrals/records?year=" + THIS_YEAR).json().path("errors")
			.findValuesAsString("field")).containsExactly("from");

		PageSession pages = pages("shiyakusho");
		PageSession.Page page = pages.get("/dashboard?year=abc");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).contains("年度は2000から");
		PageSession.Page records = pages.get("/dashboard/records?chart=consultations-by-field&year=" + THIS_YEAR + "&month=abc");
		assertThat(records.status()).isEqualTo(400);
		assertThat(records.body()).contains("このグラフの項目にありません");
		assertThat(pages.get("/dashboard/records?chart=nothing&year=" + THIS_YEAR).body()).contains("グラフ「nothing」はありません");
	}

	// --- helpers ---------------------------------------------------------------------------------------------

	private String consult(Api api, String person, LocalDate on, List<String> tags) {
		Response r = api.post("/api/v1/people/" + person + "/consultations", Map.of("receivedOn", on.toString(), "channel", "PHONE",
				"consulter", "SELF", "tags", tags, "notes", "", "sensitive", false, "outcome", "CONTINUE_HERE"));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().path("id").asString();
	}

	static JsonNode chart(Api api, String chart, int year) {
		Response r = api.get("/api/v1/dashboard/" + chart + "?year=" + year);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json();
	}

	/** The count of one cell: category {@code d1}, series {@code d2}. */
	static long cell(Api api, String chart, int year, String d1, String d2) {
		JsonNode c = chart(api, chart, year);
		int index = -1;
		for (int i = 0; i < c.path("categories").size(); i++) {
			if (c.path("categories").path(i).path("code").asString().equals(d1)) {
				index = i;
			}
		}
		assertThat(index).as("category %s of %s", d1, chart).isNotNegative();
		for (JsonNode s : c.path("series")) {
			if (s.path("code").asString().equals(d2)) {
				return s.path("data").path(index).asLong();
			}
		}
		throw new AssertionError("no series " + d2 + " in " + chart);
	}

	private static JsonNode flow(JsonNode sankey, String from, String to) {
		for (JsonNode l : sankey.path("links")) {
			if (l.path("from").asString().equals(from) && l.path("to").asString().equals(to)) {
				return l;
			}
		}
		return null;
	}

	private static long link(Api api, String from, String to) {
		JsonNode l = flow(chart(api, "referrals", THIS_YEAR), from, to);
		return l == null ? 0 : l.path("value").asLong();
	}

	static JsonNode records(Api api, String chart, int year, Map<String, String> params) {
		StringBuilder q = new StringBuilder("/api/v1/dashboard/" + chart + "/records?year=" + year);
		params.forEach((k, v) -> q.append('&').append(k).append('=').append(PageSession.enc(v)));
		Response r = api.get(q.toString());
		assertThat(r.status()).as(q + ": " + r.body()).isEqualTo(200);
		return r.json();
	}

	static List<String> ids(JsonNode list) {
		return list.path("rows").findValuesAsString("id");
	}

	/** Every non-zero figure of a chart as click-through parameters, with its count under "#count". */
	static List<Map<String, String>> figures(JsonNode chart) {
		List<Map<String, String>> out = new ArrayList<>();
		String p1 = chart.path("params").path(0).asString();
		JsonNode p2 = chart.path("params").path(1);
		if (chart.path("type").asString().equals("sankey")) {
			for (JsonNode l : chart.path("links")) {
				out.add(new HashMap<>(Map.of(p1, l.path("from").asString(), p2.asString(), l.path("to").asString(), "#count",
						l.path("value").asString())));
			}
			return out;
		}
		for (JsonNode s : chart.path("series")) {
			for (int i = 0; i < chart.path("categories").size(); i++) {
				long n = s.path("data").path(i).asLong();
				if (n > 0) {
					Map<String, String> f = new HashMap<>(Map.of(p1, chart.path("categories").path(i).path("code").asString(), "#count",
							String.valueOf(n)));
					if (!p2.isNull()) {
						f.put(p2.asString(), s.path("code").asString());
					}
					out.add(f);
				}
			}
		}
		return out;
	}
}
