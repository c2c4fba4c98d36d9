package jp.kasane.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 002 新たな機能分の補助基準額: each band's lower bound is 「以上」 and its upper bound 「未満」. */
class NewFunctionBaseRuleTest {

	private final NewFunctionBaseRule rule = new NewFunctionBaseRule();

	@ParameterizedTest(name = "{0}人 → {1}円")
	@CsvSource({ "1, 25300000", "9999, 25300000", "10000, 28000000", "29999, 28000000", "30000, 31000000",
			"49999, 31000000", "50000, 33800000", "99999, 33800000", "100000, 42000000", "199999, 42000000",
			"200000, 50500000", "299999, 50500000", "300000, 56000000", "499999, 56000000", "500000, 61800000",
			"3700000, 61800000" })
	void bandBoundaries(int population, long yen) {
		NewFunctionBaseRule.Result result = rule.evaluate(new NewFunctionBaseRule.Input(population));
		assertThat(result.baseYen()).isEqualTo(yen);
	}

	@Test
	void namesTheBandAndTheDateOfThePopulation() {
		NewFunctionBaseRule.Result result = rule.evaluate(new NewFunctionBaseRule.Input(9999));
		assertThat(result.band()).isEqualTo("10,000人未満");
		assertThat(result.reasons()).anyMatch(r -> r.contains("令和３年１月１日時点"));
		assertThat(result.reasons()).anyMatch(r -> r.contains("25,300,000円"));
		assertThat(result.sources()).singleElement().satisfies(s -> assertThat(s.notice()).isEqualTo("令和3年度"));
		assertThat(rule.evaluate(new NewFunctionBaseRule.Input(10000)).band()).isEqualTo("10,000人以上～30,000人未満");
		assertThat(rule.evaluate(new NewFunctionBaseRule.Input(500000)).band()).isEqualTo("500,000人以上");
	}

	@Test
	void theBandsCoverEveryPopulationWithoutGapOrOverlap() {
		for (int i = 1; i < NewFunctionBaseRule.BANDS.size(); i++) {
			assertThat(NewFunctionBaseRule.BANDS.get(i).from()).isEqualTo(NewFunctionBaseRule.BANDS.get(i - 1).below());
		}
		assertThat(NewFunctionBaseRule.BANDS).hasSize(8);
		assertThat(NewFunctionBaseRule.BANDS.get(7).below()).isNull();
	}
}
