package jp.kasane.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jp.kasane.IntegrationTest;
import jp.kasane.support.PageSession;
import jp.kasane.support.PageSession.Page;
import org.junit.jupiter.api.Test;

/**
 * The page /rules/child-care through the real security filters: a form per rule, the answer with reasons and
 * source, Japanese errors beside the fields (never a 500), and the link back to /rules.
 */
class ChildCareRulesPageTest extends IntegrationTest {

	@Test
	void thePageHasAFormPerRuleAndALinkBackToTheRulesPage() {
		Page page = pages("shiyakusho").get("/rules/child-care");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("制度ルール（こども家庭センター・拠点など）", "href=\"/rules\"");
		for (String rule : ChildCareRulesPageController.RULES) {
			assertThat(page.body()).contains("action=\"/rules/child-care/" + rule + "#" + rule + "\"");
		}
	}

	@Test
	void aChildPopulationGivesTheTypeStaffReasonsAndSource() {
		PageSession session = pages("kodomo");
		session.get("/rules/child-care");
		Page answer = session.post("/rules/child-care/child-center-staffing", Map.of("childPopulation", "２７,０００"));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("中規模型", "常時3名", "常時1名", "常時6名", "理由", "児童人口27,000人",
				"重層的支援体制整備事業実施要綱 別記1の3 利用者支援事業実施要領 【別表】1");
		assertThat(answer.body()).as("the entered value is kept").contains("value=\"２７,０００\"");
	}

	@Test
	void eachOtherFormAnswersWithItsReasons() {
		PageSession session = pages("admin");
		session.get("/rules/child-care");
		assertThat(session.post("/rules/child-care/abuse-response-specialists", Map.of("childPopulation", "27000", "abuseCases",
				"400", "nationalChildPopulation", "17000000", "nationalAbuseCases", "200000", "specialistsPlaced", "8")).body())
			.contains("上乗せ配置が必要です：3名", "補助基準額を加算できる人数", "5名", "【別表】2");
		assertThat(session.post("/rules/child-care/support-plan-assistants", Map.of("plans", "81", "population", "99999")).body())
			.contains("補助対象の支援員：", "1名", "人口10万人未満");
		assertThat(session.post("/rules/child-care/user-support-add-ons", Map.ofEntries(Map.entry("hoursPerDay", "8"),
				Map.entry("daysPerWeek", "5"), Map.entry("eveningDaysPerWeek", "3"), Map.entry("eveningHoursAfter18", "2"),
				Map.entry("consultations", "1200"), Map.entry("openingDays", "240"), Map.entry("dedicatedStaff", "2"),
				Map.entry("emergencyMeasures", "true"), Map.entry("businessPlanPublished", "true"),
				Map.entry("staffingRecorded", "true"))).body())
			.contains("夜間加算の対象です", "休日加算の対象ではありません", "機能強化の加算の対象です");
		assertThat(session.post("/rules/child-care/child-rearing-hub", Map.of("hubType", "COOPERATIVE", "daysPerWeek", "3",
				"hoursPerDay", "3", "staff", "1", "lecturesPerMonth", "1")).body())
			.contains("連携型：基準を満たしています", "別記2の4");
		assertThat(session.post("/rules/child-care/community-activity-center", Map.of("dailyUsers", "10", "staff", "2",
				"fullTimeStaff", "1", "dedicatedStaff", "1", "trackRecordYears", "5")).body())
			.contains("地域活動支援センターⅢ型", "別記2の3");
	}

	@Test
	void badInputIsShownBesideItsFieldInJapaneseNeverA500() {
		PageSession session = pages("hokatsu");
		session.get("/rules/child-care");
		Page negative = session.post("/rules/child-care/child-center-staffing", Map.of("childPopulation", "-5"));
		assertThat(negative.status()).isEqualTo(200);
		assertThat(negative.body()).contains("class=\"field-error\">児童人口は0以上の数で入力してください");
		Page missing = session.post("/rules/child-care/support-plan-assistants", Map.of("plans", ""));
		assertThat(missing.body()).contains("サポートプランの件数を入力してください", "人口を入力してください");
		Page words = session.post("/rules/child-care/child-rearing-hub", Map.of("hubType", "GENERAL", "daysPerWeek", "三日",
				"hoursPerDay", "abc", "staff", "2", "lecturesPerMonth", "1"));
		assertThat(words.status()).isEqualTo(200);
		assertThat(words.body()).contains("整数で入力してください", "数で入力してください（例：5、4.5）").doesNotContain("基準を満たしています");
		Page unknownType = session.post("/rules/child-care/child-rearing-hub", Map.of("hubType", "HUGE", "daysPerWeek", "3",
				"hoursPerDay", "5", "staff", "2", "lecturesPerMonth", "1"));
		assertThat(unknownType.body()).contains("実施形態を一覧から選んでください");
		Page inconsistent = session.post("/rules/child-care/community-activity-center", Map.of("dailyUsers", "20", "staff", "2",
				"fullTimeStaff", "3", "dedicatedStaff", "1", "trackRecordYears", "0"));
		assertThat(inconsistent.body()).contains("常勤の職員の数が職員の数を超えています");
		Page huge = session.post("/rules/child-care/child-center-staffing", Map.of("childPopulation", "99999999999999999999999"));
		assertThat(huge.status()).isEqualTo(200);
		assertThat(huge.body()).contains("整数で入力してください");
		assertThat(session.post("/rules/child-care/no-such-rule", Map.of()).status()).isEqualTo(404);
	}
}
