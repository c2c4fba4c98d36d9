package jp.kasane.network;

import static jp.kasane.network.NetworkPlatformTest.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.kasane.IntegrationTest;
import jp.kasane.shared.FiscalYear;
import jp.kasane.support.Api;
import jp.kasane.support.Api.Response;
import jp.kasane.support.PageSession;
import org.junit.jupiter.api.Test;

/**
 * 地域力強化推進事業 and 相談支援包括化: designated areas at least two (1 refused, 2 accepted), 推進員, 推進会議,
 * 成果目標 set before the year (3月31日 accepted, 4月1日 refused) and 達成度合い after it.
 */
class NetworkRegionalTest extends IntegrationTest {

	private static final LocalDate TODAY = LocalDate.now();
	private static final FiscalYear YEAR = FiscalYear.of(TODAY);

	@Test
	void designatedAreasAreAtLeastTwo() {
		Api chiiki = api("chiiki");
		Response one = year(chiiki, 2041, false, List.of("北小学校区"));
		assertThat(one.status()).as(one.body()).isEqualTo(422);
		assertThat(one.code()).isEqualTo("REGIONAL_AREAS_TOO_FEW");
		assertThat(one.json().path("detail").asString()).contains("2地域以上");
		Response two = year(chiiki, 2041, false, List.of("北小学校区", "南小学校区"));
		assertThat(two.status()).as(two.body()).isEqualTo(201);
		assertThat(two.json().path("areas").findValuesAsString("name")).containsExactly("北小学校区", "南小学校区");
		assertThat(year(chiiki, 2041, false, List.of("東小学校区", "西小学校区")).code()).isEqualTo("REGIONAL_YEAR_EXISTS");
		assertField(year(chiiki, 2044, false, List.of("東", "東")), "areas");
		assertField(chiiki.post("/api/v1/network/regional/years", Map.of("fiscalYear", 2045, "areas", List.of())),
				"wholeMunicipality");
		assertField(chiiki.post("/api/v1/network/regional/years", Map.of("fiscalYear", 2045, "wholeMunicipality", false,
				"areas", List.of(Map.of("name", "")))), "areas[0].name");

		// The whole municipality needs no areas; changing to designated areas with one area is refused.
		Response whole = year(chiiki, 2042, true, List.of("市全域の拠点"));
		assertThat(whole.status()).as(whole.body()).isEqualTo(201);
		Response toPart = chiiki.put("/api/v1/network/regional/years/2042", Map.of("wholeMunicipality", false, "version", 0));
		assertThat(toPart.status()).isEqualTo(422);
		assertThat(toPart.code()).isEqualTo("REGIONAL_AREAS_TOO_FEW");
		assertThat(chiiki.post("/api/v1/network/regional/years/2042/areas", Map.of("name", "第二の地域")).status()).isEqualTo(200);
		assertThat(chiiki.put("/api/v1/network/regional/years/2042", Map.of("wholeMunicipality", false, "version", 1))
			.code()).isEqualTo("STALE_VERSION");
		Response now = chiiki.put("/api/v1/network/regional/years/2042", Map.of("wholeMunicipality", false, "version", 0));
		assertThat(now.status()).as(now.body()).isEqualTo(200);
		assertThat(now.json().path("wholeMunicipality").asBoolean()).isFalse();
		assertThat(api("hokatsu").post("/api/v1/network/regional/years/2042/areas", Map.of("name", "x")).status())
			.isEqualTo(403);

		PageSession city = pages("shiyakusho");
		assertThat(city.get("/network/regional").body()).contains("年度を登録する");
		PageSession.Page page = city.post("/network/regional/years", Map.of("fiscalYear", "2043",
				"wholeMunicipality", "false", "areaLines", "中央小学校区"));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("複数の地域（2地域以上）で実施します");
		PageSession.Page ok = city.submit("/network/regional/years", Map.of("fiscalYear", "2043", "wholeMunicipality", "false",
				"areaLines", "中央小学校区\n西小学校区\n"));
		assertThat(ok.body()).contains("中央小学校区", "西小学校区", "地域を定めて実施（2 地域）");
	}

	@Test
	void goalsAreSetBeforeTheYearAndReportedAfterIt() {
		Api city = api("shiyakusho");
		String indicator = "活動拠点の数 " + uniqueKana();
		Response onTheFirstDay = goal(city, YEAR.year(), indicator, YEAR.start());
		assertThat(onTheFirstDay.status()).as(onTheFirstDay.body()).isEqualTo(422);
		assertThat(onTheFirstDay.code()).isEqualTo("GOAL_AFTER_YEAR_START");
		assertThat(onTheFirstDay.json().path("detail").asString()).contains("年度が始まる前");
		Response theDayBefore = goal(city, YEAR.year(), indicator, YEAR.start().minusDays(1));
		assertThat(theDayBefore.status()).as(theDayBefore.body()).isEqualTo(201);
		assertThat(theDayBefore.json().path("setOn").asString()).endsWith("-03-31");
		assertThat(goal(city, YEAR.year(), indicator, null).code()).as("set today, in the year").isEqualTo("GOAL_AFTER_YEAR_START");
		assertThat(goal(city, YEAR.year() + 1, indicator, null).status()).as("next year's, set today").isEqualTo(201);
		assertField(goal(city, YEAR.year() + 1, indicator, TODAY.plusDays(1)), "setOn");
		assertField(city.post("/api/v1/network/regional/goals", Map.of("fiscalYear", YEAR.year() + 1, "program", "MULTI_AGENCY",
				"indicator", "x", "targetValue", -1, "unit", "件")), "targetValue");

		// This year's goal: the 達成度合い waits for the year to end.
		String current = theDayBefore.json().path("id").asString();
		Response early = city.post("/api/v1/network/regional/goals/" + current + "/achievement", Map.of("achievedValue", 3,
				"reportedOn", TODAY.toString(), "version", 0));
		assertThat(early.status()).isEqualTo(422);
		assertThat(early.code()).isEqualTo("GOAL_REPORT_BEFORE_YEAR_END");

		// Last year's goal: reported on 3月31日 is too early, from 4月1日 on it is the 実績報告.
		FiscalYear last = new FiscalYear(YEAR.year() - 1);
		String previous = goal(city, last.year(), indicator, last.start().minusDays(10)).json().path("id").asString();
		assertThat(city.post("/api/v1/network/regional/goals/" + previous + "/achievement", Map.of("achievedValue", 3,
				"reportedOn", last.end().toString(), "version", 0)).code()).isEqualTo("GOAL_REPORT_BEFORE_YEAR_END");
		Response reported = city.post("/api/v1/network/regional/goals/" + previous + "/achievement", Map.of("achievedValue", 3,
				"achievement", "4回中3回", "reportedOn", YEAR.start().toString(), "version", 0));
		assertThat(reported.status()).as(reported.body()).isEqualTo(200);
		assertThat(reported.json().path("achievementPercent").asInt()).isEqualTo(75);
		assertThat(city.post("/api/v1/network/regional/goals/" + previous + "/achievement", Map.of("achievedValue", 4,
				"reportedOn", YEAR.start().toString(), "version", 0)).code()).isEqualTo("STALE_VERSION");
		assertThat(api("kyodo").post("/api/v1/network/regional/goals", Map.of("fiscalYear", YEAR.year() + 1, "program",
				"MULTI_AGENCY", "indicator", "x", "targetValue", 1, "unit", "件")).status()).isEqualTo(403);

		PageSession chiiki = pages("chiiki");
		assertThat(chiiki.get("/network/regional").body()).contains("成果目標を立てる");
		PageSession.Page refused = chiiki.post("/network/regional/goals", Map.of("fiscalYear", Integer.toString(YEAR.year()),
				"program", "REGIONAL_CAPACITY", "indicator", "ページの目標", "targetValue", "2", "unit", "か所",
				"setOn", YEAR.start().toString()));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("成果目標は年度が始まる前");
		PageSession.Page page = chiiki.get("/network/regional");
		assertThat(page.body()).contains(indicator, "75%", "4回中3回");
	}

	@Test
	void promotersAndPromotionMeetings() {
		Api chiiki = api("chiiki");
		String name = "推進員 " + uniqueKana();
		Response promoter = chiiki.post("/api/v1/network/regional/promoters", Map.of("name", name, "qualification", "社会福祉士",
				"placedAt", "かさね市くらし・しごと相談センター", "fromDate", TODAY.toString()));
		assertThat(promoter.status()).as(promoter.body()).isEqualTo(201);
		assertThat(promoter.json().path("active").asBoolean()).isTrue();
		assertField(chiiki.post("/api/v1/network/regional/promoters", Map.of("name", name, "qualification", "社会福祉士",
				"placedAt", "x", "fromDate", TODAY.toString(), "untilDate", TODAY.minusDays(1).toString())), "untilDate");
		assertField(chiiki.post("/api/v1/network/regional/promoters", Map.of("name", name, "placedAt", "x",
				"fromDate", TODAY.toString())), "qualification");
		String title = "推進会議 " + uniqueKana();
		Response meeting = chiiki.post("/api/v1/network/regional/meetings", Map.of("kind", "PROMOTION", "heldOn",
				TODAY.toString(), "title", title, "participants", 15, "topics", List.of("RESULT_VERIFICATION", "WELFARE_NEEDS")));
		assertThat(meeting.status()).as(meeting.body()).isEqualTo(201);
		assertThat(meeting.json().path("topicLabels").toString()).contains("（オ）支援実績の検証");
		assertField(chiiki.post("/api/v1/network/regional/meetings", Map.of("kind", "REPRESENTATIVES", "heldOn",
				TODAY.toString(), "title", "x", "participants", 1)), "kind");
		assertThat(api("outreach").post("/api/v1/network/regional/promoters", Map.of("name", "x", "qualification", "x",
				"placedAt", "x", "fromDate", TODAY.toString())).status()).isEqualTo(403);
		PageSession.Page page = pages("outreach").get("/network/regional");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(name, title, "（オ）支援実績の検証").doesNotContain("推進員を加える");
	}

	private static Response year(Api api, int fiscalYear, boolean whole, List<String> areas) {
		return api.post("/api/v1/network/regional/years", Map.of("fiscalYear", fiscalYear, "wholeMunicipality", whole,
				"areas", areas.stream().map(a -> Map.of("name", a)).toList()));
	}

	private static Response goal(Api api, int fiscalYear, String indicator, LocalDate setOn) {
		Map<String, Object> form = new java.util.HashMap<>(Map.of("fiscalYear", fiscalYear, "program", "REGIONAL_CAPACITY",
				"indicator", indicator, "targetValue", 4, "unit", "か所"));
		if (setOn != null) {
			form.put("setOn", setOn.toString());
		}
		return api.post("/api/v1/network/regional/goals", form);
	}
}
