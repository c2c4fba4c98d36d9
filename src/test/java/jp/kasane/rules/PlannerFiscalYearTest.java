package jp.kasane.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import jp.kasane.IntegrationTest;
import jp.kasane.shared.FiscalYear;
import jp.kasane.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The planner pages' 年度 field: the current 年度 by the clock unless changed, the version used stated under the form,
 * a year before the first version answered with the Japanese RULE_VERSION_NOT_FOUND message on the page, and a year
 * that is no number answered beside the field — never an error page.
 */
class PlannerFiscalYearTest extends IntegrationTest {

	@Autowired
	Clock clock;

	@Test
	void theFormsOfferTheCurrentFiscalYearByTheClock() {
		FiscalYear current = FiscalYear.of(LocalDate.now(clock));
		PageSession.Page rules = pages("sanka").get("/rules");
		assertThat(rules.status()).isEqualTo(200);
		assertThat(rules.body()).contains("name=\"fiscalYear\"", "value=\"" + current.year() + "\"", "今年度は" + current.label());
		PageSession.Page childCare = pages("sanka").get("/rules/child-care");
		assertThat(childCare.status()).isEqualTo(200);
		assertThat(childCare.body()).contains("name=\"fiscalYear\"", "value=\"" + current.year() + "\"", "今年度は" + current.label());
	}

	@Test
	void theAnswerStatesTheVersionUsedForTheYearAsked() {
		PageSession page = pages("sanka");
		page.get("/rules");
		PageSession.Page platform = page.post("/rules/platform-subsidy",
				Map.of("participants", "6", "subsidyYear", "1", "fiscalYear", "２０２３"));
		assertThat(platform.status()).isEqualTo(200);
		assertThat(platform.body()).contains("2,500千円以内")
			.contains("令和5年度（2023年度）の計算：", PlatformSubsidyRule.VERSION, "令和5年度（2023年度）から適用")
			.contains("value=\"２０２３\"");

		// Without a year the current 年度 is used (the existing forms and links keep working).
		PageSession.Page cost = page.post("/rules/cost-share", Map.of("program", "MULTI_AGENCY_ETC", "totalYen", "10000000"));
		assertThat(cost.body()).contains(FiscalYear.of(LocalDate.now(clock)).label() + "の計算：");

		PageSession childCare = pages("kodomo");
		childCare.get("/rules/child-care");
		PageSession.Page staffing = childCare.post("/rules/child-care/child-center-staffing",
				Map.of("childPopulation", "27000", "fiscalYear", "2024"));
		assertThat(staffing.status()).isEqualTo(200);
		assertThat(staffing.body()).contains("中規模型", "令和6年度（2024年度）の計算：", "令和6年度版");
	}

	@Test
	void aYearBeforeTheFirstVersionIsAnsweredOnThePage() {
		PageSession page = pages("sanka");
		page.get("/rules");
		// The platform subsidy's first version applies from 令和5年度: 2022 is one year too early.
		PageSession.Page early = page.post("/rules/platform-subsidy",
				Map.of("participants", "6", "subsidyYear", "1", "fiscalYear", "2022"));
		assertThat(early.status()).isEqualTo(200);
		assertThat(early.body()).contains("には令和4年度（2022年度）に適用できる版がありません", "令和5年度（2023年度）から適用")
			.doesNotContain("id=\"platform-answer\"").contains("value=\"2022\"");

		PageSession childCare = pages("kodomo");
		childCare.get("/rules/child-care");
		// The 001 別記 rules' first version applies from 令和6年度: 2023 is refused, 2024 answered.
		PageSession.Page early2023 = childCare.post("/rules/child-care/support-plan-assistants",
				Map.of("plans", "80", "population", "50000", "fiscalYear", "2023"));
		assertThat(early2023.status()).isEqualTo(200);
		assertThat(early2023.body()).contains("には令和5年度（2023年度）に適用できる版がありません").contains("value=\"2023\"");
		PageSession.Page first = childCare.post("/rules/child-care/support-plan-assistants",
				Map.of("plans", "80", "population", "50000", "fiscalYear", "2024"));
		assertThat(first.body()).doesNotContain("に適用できる版がありません").contains("令和6年度（2024年度）の計算：");
	}

	@Test
	void aYearThatIsNoNumberIsAnsweredBesideTheField() {
		PageSession page = pages("kodomo");
		page.get("/rules");
		PageSession.Page words = page.post("/rules/new-function-base", Map.of("population", "9999", "fiscalYear", "令和八年"));
		assertThat(words.status()).isEqualTo(200);
		assertThat(words.body()).contains("年度は西暦の数字（例：2026）で入力してください").contains("value=\"令和八年\"")
			.doesNotContain("id=\"new-function-answer\"");
		PageSession.Page far = page.post("/rules/new-function-base", Map.of("population", "9999", "fiscalYear", "99999"));
		assertThat(far.status()).isEqualTo(200);
		assertThat(far.body()).contains("年度は1989から2200までの西暦年");

		PageSession childCare = pages("kodomo");
		childCare.get("/rules/child-care");
		PageSession.Page plans = childCare.post("/rules/child-care/support-plan-assistants",
				Map.of("plans", "80", "population", "50000", "fiscalYear", "abc"));
		assertThat(plans.status()).isEqualTo(200);
		assertThat(plans.body()).contains("年度は西暦の数字（例：2026）で入力してください").contains("value=\"abc\"");
	}
}
