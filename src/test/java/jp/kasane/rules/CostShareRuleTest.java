package jp.kasane.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** 002 負担割合: the seed's rates, 円未満切り捨て with the remainder to the implementing body, shares add up. */
class CostShareRuleTest {

	private final CostShareRule rule = new CostShareRule(RuleOptions.CostShare.defaults());

	private Map<String, Long> split(CostShareRule.Program program, long total) {
		return rule.evaluate(new CostShareRule.Input(program, total)).shares().stream()
			.collect(Collectors.toMap(CostShareRule.Share::payer, CostShareRule.Share::amountYen));
	}

	@Test
	void multiAgencyIsThreeQuartersNational() {
		assertThat(split(CostShareRule.Program.MULTI_AGENCY_ETC, 10_000_000)).containsExactlyInAnyOrderEntriesOf(
				Map.of("国", 7_500_000L, "市町村", 2_500_000L));
		assertThat(rule.evaluate(new CostShareRule.Input(CostShareRule.Program.MULTI_AGENCY_ETC, 1L)).reasons())
			.anyMatch(r -> r.contains("令和5年度以降") && r.contains("国1/2"));
	}

	@Test
	void careInsuranceProgramsIncludeThePremiums() {
		assertThat(split(CostShareRule.Program.CARE_PREVENTION_ACTIVITY, 1_000_000)).containsExactlyInAnyOrderEntriesOf(
				Map.of("国", 250_000L, "都道府県", 125_000L, "市町村", 125_000L, "第1号保険料", 230_000L, "第2号保険料", 270_000L));
		assertThat(split(CostShareRule.Program.COMMUNITY_GENERAL_SUPPORT_CENTER, 1_000_000)).containsExactlyInAnyOrderEntriesOf(
				Map.of("国", 385_000L, "都道府県", 192_500L, "市町村", 192_500L, "第1号保険料", 230_000L));
	}

	@Test
	void fractionsBelowAYenAreCutAndTheRemainderGoesToTheMunicipality() {
		// 1,000,001円 × 2/3 = 666,667.33 → 666,667; × 1/6 = 166,666.83 → 166,666; 市町村 takes 166,668.
		Map<String, Long> shares = split(CostShareRule.Program.USER_SUPPORT, 1_000_001);
		assertThat(shares).containsExactlyInAnyOrderEntriesOf(Map.of("国", 666_667L, "都道府県", 166_666L, "市町村", 166_668L));
		// 1円 of 地域包括: 国 0.385 → 0, 都道府県 0 , 保険料 0, 市町村 1.
		assertThat(split(CostShareRule.Program.COMMUNITY_GENERAL_SUPPORT_CENTER, 1))
			.containsEntry("市町村", 1L).containsEntry("国", 0L);
		assertThat(rule.evaluate(new CostShareRule.Input(CostShareRule.Program.USER_SUPPORT, 1_000_001L)).reasons())
			.anyMatch(r -> r.contains("円未満切り捨て") && r.contains("端数は実施主体である市町村"));
	}

	@Test
	void thePrefecturesOwnProgramLeavesTheRemainderToThePrefecture() {
		assertThat(split(CostShareRule.Program.PREFECTURE_BACK_SUPPORT, 10_001)).containsExactlyInAnyOrderEntriesOf(
				Map.of("国", 7_500L, "都道府県", 2_501L));
	}

	@Test
	void roundingHalfUpIsAConfigurableChoice() {
		CostShareRule halfUp = new CostShareRule(new RuleOptions.CostShare(RoundingMode.HALF_UP));
		CostShareRule.Result result = halfUp.evaluate(new CostShareRule.Input(CostShareRule.Program.USER_SUPPORT, 1_000_001L));
		assertThat(result.shares()).extracting(CostShareRule.Share::amountYen).containsExactly(666_667L, 166_667L, 166_667L);
		assertThat(result.reasons()).anyMatch(r -> r.contains("四捨五入"));
	}

	@ParameterizedTest
	@EnumSource(CostShareRule.Program.class)
	void sharesAlwaysAddUpToTheTotal(CostShareRule.Program program) {
		for (long total : new long[] { 0, 1, 2, 7, 999, 1_000_001, 33_800_000, 123_456_789_011L }) {
			CostShareRule.Result result = rule.evaluate(new CostShareRule.Input(program, total));
			assertThat(result.shares().stream().mapToLong(CostShareRule.Share::amountYen).sum()).as(program + " " + total)
				.isEqualTo(total);
			assertThat(result.shares()).allSatisfy(s -> assertThat(s.amountYen()).isNotNegative());
		}
		CostShareRule halfUp = new CostShareRule(new RuleOptions.CostShare(RoundingMode.HALF_UP));
		for (long total = 0; total < 50; total++) {
			CostShareRule.Result result = halfUp.evaluate(new CostShareRule.Input(program, total));
			assertThat(result.shares().stream().mapToLong(CostShareRule.Share::amountYen).sum()).isEqualTo(total);
			assertThat(result.shares()).allSatisfy(s -> assertThat(s.amountYen()).isNotNegative());
		}
	}

	@Test
	void ratesAsTheSeedWritesThem() {
		assertThat(rule.evaluate(new CostShareRule.Input(CostShareRule.Program.LIVING_SUPPORT_SYSTEM, 100L)).shares())
			.extracting(CostShareRule.Share::rate).containsExactly("38.5/100", "19.25/100", "19.25/100", "23/100");
		assertThat(rule.evaluate(new CostShareRule.Input(CostShareRule.Program.DISABILITY_CONSULTATION_ENHANCEMENT, 100L))
			.reasons()).anyMatch(r -> r.contains("以内"));
	}
}
