package jp.kasane.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jp.kasane.rules.AbuseResponseSpecialistRule.AbuseTopUpAnswer;
import jp.kasane.rules.AbuseResponseSpecialistRule.AbuseTopUpQuery;
import jp.kasane.rules.ChildCareRuleOptions.CountedAt;
import jp.kasane.rules.ChildCareRuleOptions.UsersComparison;
import org.junit.jupiter.api.Test;

/**
 * 虐待対応専門員の上乗せ: the eligibility test (小規模B型以上, strictly above the national rate), the formula of
 * 【別表】2 with its rounding choice, negative results, and the cap of 5 on the subsidised extra.
 */
class AbuseResponseSpecialistRuleTest {

	// national: 200,000 cases for 17,000,000 children → 11.76 per 1,000
	static final long NATIONAL_CHILDREN = 17_000_000;
	static final long NATIONAL_CASES = 200_000;

	private final AbuseResponseSpecialistRule rule = new AbuseResponseSpecialistRule(ChildCareRuleOptions.defaults());

	private static AbuseTopUpQuery query(long children, long cases, Integer placed) {
		return new AbuseTopUpQuery(children, cases, NATIONAL_CHILDREN, NATIONAL_CASES, placed);
	}

	private static ChildCareRuleOptions rounding(RoundingMode mode, boolean limited) {
		return new ChildCareRuleOptions(mode, limited, RoundingMode.FLOOR, CountedAt.APPLICATION, UsersComparison.AS_ENTERED);
	}

	@Test
	void aMediumCentreAboveTheNationalRateTopsUpByTheFormulaRoundedUpByDefault() {
		// expected cases = 27,000 × 200,000 ÷ 17,000,000 = 317.65; (400 − 317.65) ÷ 40 = 2.06
		AbuseTopUpAnswer answer = rule.evaluate(query(27_000, 400, null));
		assertThat(answer.type()).isEqualTo("中規模型");
		assertThat(answer.topUpRequired()).isTrue();
		assertThat(answer.formulaValue()).isEqualByComparingTo("2.06");
		assertThat(answer.ratePerThousand()).isEqualByComparingTo("14.81");
		assertThat(answer.nationalRatePerThousand()).isEqualByComparingTo("11.76");
		assertThat(answer.topUp()).isEqualTo(3);
		assertThat(answer.minimumSpecialists()).isEqualTo(2);
		assertThat(answer.requiredSpecialists()).isEqualTo(5);
		assertThat(answer.fundedExtraSpecialists()).isNull();
		assertThat(answer.reasons()).anyMatch(r -> r.contains("端数処理を定めていない") && r.contains("切り上げ"))
			.anyMatch(r -> r.contains("前々年度の福祉行政報告例") && r.contains("国勢調査"));
		assertThat(answer.sources()).extracting(RuleSource::section).contains("【別表】2", "4(3)④エ(ウ)");
	}

	@Test
	void theRoundingIsAConfigurableChoice() {
		assertThat(new AbuseResponseSpecialistRule(rounding(RoundingMode.FLOOR, false)).evaluate(query(27_000, 400, null)).topUp())
			.isEqualTo(2);
		assertThat(new AbuseResponseSpecialistRule(rounding(RoundingMode.HALF_UP, false)).evaluate(query(27_000, 400, null))
			.topUp()).isEqualTo(2);
		AbuseTopUpAnswer floor = new AbuseResponseSpecialistRule(rounding(RoundingMode.FLOOR, false)).evaluate(query(27_000, 400, null));
		assertThat(floor.reasons()).anyMatch(r -> r.contains("切り捨て"));
	}

	@Test
	void exactlyTheNationalRateIsNotAboveIt() {
		// 17,000 children and 200 cases: the same rate as the nation
		AbuseTopUpAnswer equal = rule.evaluate(query(17_000, 200, null));
		assertThat(equal.type()).isEqualTo("小規模B型");
		assertThat(equal.topUpRequired()).isFalse();
		assertThat(equal.topUp()).isZero();
		assertThat(equal.reasons()).anyMatch(r -> r.contains("上回っていない"));
		AbuseTopUpAnswer oneMore = rule.evaluate(query(17_000, 201, null));
		assertThat(oneMore.topUpRequired()).isTrue();
		assertThat(oneMore.formulaValue()).isEqualByComparingTo(new BigDecimal("0.03"));
		assertThat(oneMore.topUp()).as("0.025 rounded up").isEqualTo(1);
		assertThat(new AbuseResponseSpecialistRule(rounding(RoundingMode.FLOOR, false)).evaluate(query(17_000, 201, null)).topUp())
			.isZero();
	}

	@Test
	void onlySmallBAndLargerTopUp() {
		AbuseTopUpAnswer smallA = rule.evaluate(query(8_999, 1_000, null));
		assertThat(smallA.type()).isEqualTo("小規模A型");
		assertThat(smallA.topUpRequired()).isFalse();
		assertThat(smallA.topUp()).isZero();
		assertThat(smallA.minimumSpecialists()).isZero();
		assertThat(smallA.reasons()).anyMatch(r -> r.contains("小規模B型以上の類型に限られる"));
		AbuseTopUpAnswer smallB = rule.evaluate(query(9_000, 1_000, null));
		assertThat(smallB.type()).isEqualTo("小規模B型");
		assertThat(smallB.topUpRequired()).isTrue();
		// (1000 − 9000 × 200000 ÷ 17000000) ÷ 40 = (1000 − 105.88) ÷ 40 = 22.35 → 23
		assertThat(smallB.topUp()).isEqualTo(23);
		assertThat(smallB.requiredSpecialists()).isEqualTo(24);
	}

	@Test
	void aNegativeResultIsZero() {
		AbuseTopUpAnswer below = rule.evaluate(query(72_000, 100, null));
		assertThat(below.type()).isEqualTo("大規模型");
		assertThat(below.formulaValue().signum()).isNegative();
		assertThat(below.topUp()).isZero();
		assertThat(below.requiredSpecialists()).isEqualTo(4);
		assertThat(below.reasons()).anyMatch(r -> r.contains("負になる場合") && r.contains("0名"));
		AbuseTopUpAnswer none = rule.evaluate(query(0, 0, null));
		assertThat(none.ratePerThousand()).isNull();
		assertThat(none.topUpRequired()).isFalse();
	}

	@Test
	void theSubsidisedExtraSpecialistsStopAtFive() {
		// 中規模型: minimum 2
		assertThat(rule.evaluate(query(27_000, 400, 2)).fundedExtraSpecialists()).isZero();
		assertThat(rule.evaluate(query(27_000, 400, 3)).fundedExtraSpecialists()).isEqualTo(1);
		assertThat(rule.evaluate(query(27_000, 400, 6)).fundedExtraSpecialists()).isEqualTo(4);
		AbuseTopUpAnswer five = rule.evaluate(query(27_000, 400, 7));
		assertThat(five.fundedExtraSpecialists()).isEqualTo(5);
		assertThat(five.reasons()).noneMatch(r -> r.contains("打ち切って"));
		AbuseTopUpAnswer six = rule.evaluate(query(27_000, 400, 8));
		assertThat(six.fundedExtraSpecialists()).isEqualTo(5);
		assertThat(six.reasons()).anyMatch(r -> r.contains("上限の5人で打ち切って"));
		assertThat(rule.evaluate(query(27_000, 400, 20)).fundedExtraSpecialists()).isEqualTo(5);
		AbuseTopUpAnswer short1 = rule.evaluate(query(27_000, 400, 1));
		assertThat(short1.fundedExtraSpecialists()).isZero();
		assertThat(short1.reasons()).anyMatch(r -> r.contains("足りません"));
	}

	@Test
	void limitingTheExtraToTheComputedTopUpIsAChoice() {
		AbuseResponseSpecialistRule limited = new AbuseResponseSpecialistRule(rounding(RoundingMode.CEILING, true));
		AbuseTopUpAnswer answer = limited.evaluate(query(27_000, 400, 7));
		assertThat(answer.topUp()).isEqualTo(3);
		assertThat(answer.fundedExtraSpecialists()).isEqualTo(3);
		assertThat(answer.reasons()).anyMatch(r -> r.contains("上乗せ人数（3名）までに限っています"));
		assertThat(limited.evaluate(query(17_000, 200, 5)).fundedExtraSpecialists()).as("no top-up, nothing funded").isZero();
	}
}
