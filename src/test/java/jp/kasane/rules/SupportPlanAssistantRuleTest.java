package jp.kasane.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;

import jp.kasane.rules.ChildCareRuleOptions.CountedAt;
import jp.kasane.rules.ChildCareRuleOptions.UsersComparison;
import jp.kasane.rules.SupportPlanAssistantRule.SupportPlanAnswer;
import jp.kasane.rules.SupportPlanAssistantRule.SupportPlanQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** サポートプラン作成支援員: plans 39/40/80/81/120 against each population cap (1/2/3) and the rounding choice. */
class SupportPlanAssistantRuleTest {

	private final SupportPlanAssistantRule rule = new SupportPlanAssistantRule(ChildCareRuleOptions.defaults());

	@ParameterizedTest(name = "{0}件・人口{1} → {2}名（上限{3}）")
	@CsvSource({
			// 人口10万人未満: cap 1
			"0, 99999, 0, 1", "39, 99999, 0, 1", "40, 99999, 1, 1", "80, 99999, 1, 1", "81, 99999, 1, 1", "120, 99999, 1, 1",
			"39, 0, 0, 1", "120, 0, 1, 1",
			// 10万人以上かつ30万人未満: cap 2
			"39, 100000, 0, 2", "40, 100000, 1, 2", "80, 100000, 2, 2", "81, 100000, 2, 2", "120, 100000, 2, 2",
			"39, 299999, 0, 2", "40, 299999, 1, 2", "80, 299999, 2, 2", "81, 299999, 2, 2", "120, 299999, 2, 2",
			// 30万人以上: cap 3
			"39, 300000, 0, 3", "40, 300000, 1, 3", "80, 300000, 2, 3", "81, 300000, 2, 3", "119, 300000, 2, 3",
			"120, 300000, 3, 3", "400, 3000000, 3, 3" })
	void onePerFortyPlansUpToThePopulationCap(int plans, long population, int assistants, int cap) {
		SupportPlanAnswer answer = rule.evaluate(new SupportPlanQuery(plans, population));
		assertThat(answer.assistants()).isEqualTo(assistants);
		assertThat(answer.cap()).isEqualTo(cap);
		assertThat(answer.capApplied()).isEqualTo(answer.byPlans() > cap);
		assertThat(answer.sources()).extracting(RuleSource::section).containsExactly("4(3)④オ");
	}

	@Test
	void theReasonsNameTheBandTheRoundingAndTheCountingTime() {
		SupportPlanAnswer answer = rule.evaluate(new SupportPlanQuery(120, 150_000L));
		assertThat(answer.byPlans()).isEqualTo(3);
		assertThat(answer.assistants()).isEqualTo(2);
		assertThat(answer.capApplied()).isTrue();
		assertThat(answer.populationBand()).isEqualTo("人口10万人以上かつ30万人未満");
		assertThat(answer.reasons()).anyMatch(r -> r.contains("上限により2名まで"))
			.anyMatch(r -> r.contains("端数の扱いは定めがない") && r.contains("切り捨て"))
			.anyMatch(r -> r.contains("申請時の見込み"))
			.anyMatch(r -> r.contains("第10条第1項第4号"));
	}

	@Test
	void roundingUpIsAConfigurableChoice() {
		SupportPlanAssistantRule up = new SupportPlanAssistantRule(new ChildCareRuleOptions(RoundingMode.CEILING, false,
				RoundingMode.CEILING, CountedAt.YEAR_END, UsersComparison.AS_ENTERED));
		assertThat(up.evaluate(new SupportPlanQuery(0, 300_000L)).assistants()).isZero();
		assertThat(up.evaluate(new SupportPlanQuery(1, 300_000L)).assistants()).isEqualTo(1);
		assertThat(up.evaluate(new SupportPlanQuery(39, 300_000L)).assistants()).isEqualTo(1);
		assertThat(up.evaluate(new SupportPlanQuery(40, 300_000L)).assistants()).isEqualTo(1);
		assertThat(up.evaluate(new SupportPlanQuery(41, 300_000L)).assistants()).isEqualTo(2);
		assertThat(up.evaluate(new SupportPlanQuery(81, 300_000L)).assistants()).isEqualTo(3);
		assertThat(up.evaluate(new SupportPlanQuery(81, 300_000L)).reasons()).anyMatch(r -> r.contains("切り上げ"))
			.anyMatch(r -> r.contains("年度末の実績"));
	}
}
