package jp.kasane.rules;

import static jp.kasane.rules.ChildCareSources.count;
import static jp.kasane.rules.ChildCareSources.decimal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * 虐待対応専門員の上乗せ配置 (top-up of child-abuse response specialists) of a こども家庭センター: the eligibility
 * test (小規模B型以上 and abuse consultations per 1,000 children above the national average), the formula of
 * 【別表】2 and the subsidised extra specialists, 上限5人 (別記1の3 4(3)④エ(ウ)).
 */
public final class AbuseResponseSpecialistRule {

	static final List<RuleSource> SOURCES = List.of(ChildCareSources.userSupport("4(3)④エ(ウ)"),
				ChildCareSources.userSupport("【別表】2"), ChildCareSources.userSupport("【別表】1"));

	/** 「40」: the average yearly abuse caseload of a 児童福祉司 (【別表】2 ※3). */
	static final int CASELOAD = 40;

	/** 最低配置人員を超えて配置した虐待対応専門員の加算は上限5人まで. */
	static final int FUNDED_EXTRA_CAP = 5;

	private static final MathContext PRECISION = MathContext.DECIMAL64;

	private final ChildCareRuleOptions options;

	AbuseResponseSpecialistRule(ChildCareRuleOptions options) {
		this.options = options;
	}

	/**
	 * @param childPopulation         児童人口 of the municipality (or the hub's district), latest census
	 * @param abuseCases              児童虐待相談対応件数 of the municipality, 福祉行政報告例 of the year before last
	 * @param nationalChildPopulation 全国の児童人口 (same census)
	 * @param nationalAbuseCases      全国の児童虐待相談対応件数 (same year)
	 * @param specialistsPlaced       虐待対応専門員 actually placed, optional: gives the subsidised extra (上限5人)
	 */
	public record AbuseTopUpQuery(
			@Schema(example = "27000") @NotNull(message = "児童人口を入力してください") @PositiveOrZero(message = "児童人口は0以上の数で入力してください") @Max(value = 100_000_000, message = "児童人口は1億人以下で入力してください") Long childPopulation,
			@Schema(example = "400") @NotNull(message = "児童虐待相談対応件数を入力してください") @PositiveOrZero(message = "児童虐待相談対応件数は0以上の数で入力してください") @Max(value = 100_000_000, message = "児童虐待相談対応件数は1億件以下で入力してください") Long abuseCases,
			@Schema(example = "17000000") @NotNull(message = "全国の児童人口を入力してください") @Positive(message = "全国の児童人口は1以上の数で入力してください") @Max(value = 100_000_000, message = "全国の児童人口は1億人以下で入力してください") Long nationalChildPopulation,
			@Schema(example = "200000") @NotNull(message = "全国の児童虐待相談対応件数を入力してください") @PositiveOrZero(message = "全国の児童虐待相談対応件数は0以上の数で入力してください") @Max(value = 100_000_000, message = "全国の児童虐待相談対応件数は1億件以下で入力してください") Long nationalAbuseCases,
			@PositiveOrZero(message = "配置している虐待対応専門員の数は0以上で入力してください") @Max(value = 10_000, message = "配置している虐待対応専門員の数は1万人以下で入力してください") Integer specialistsPlaced) {
	}

	/**
	 * @param type                   the centre type by child population
	 * @param topUpRequired          whether the top-up applies (小規模B型以上 and above the national average)
	 * @param ratePerThousand        abuse consultations per 1,000 children of the municipality (2 decimals, for display)
	 * @param nationalRatePerThousand the national average per 1,000 children (2 decimals, for display)
	 * @param formulaValue           the formula's value before rounding (2 decimals; may be negative)
	 * @param topUp                  the extra specialists to place (rounded, never negative, 0 when not required)
	 * @param minimumSpecialists     the type's minimum 虐待対応専門員 (【別表】1)
	 * @param requiredSpecialists    minimum + top-up
	 * @param fundedExtraSpecialists specialists placed beyond the minimum that add a 補助基準額 (上限5人); null when
	 *                               the number placed was not given
	 */
	public record AbuseTopUpAnswer(String type, boolean topUpRequired, BigDecimal ratePerThousand,
			BigDecimal nationalRatePerThousand, BigDecimal formulaValue, int topUp, int minimumSpecialists,
			int requiredSpecialists, Integer fundedExtraSpecialists, List<String> reasons, List<RuleSource> sources) {
	}

	/**
	 * The answer by the numbers of {@code version} (chosen by {@link RuleCatalog} for the fiscal year asked). This rule
	 * has one version today, so its numbers are that version's; a later table is selected here by the version.
	 */
	public AbuseTopUpAnswer evaluate(AbuseTopUpQuery q, RuleVersion version) {
		return evaluate(q);
	}

	public AbuseTopUpAnswer evaluate(AbuseTopUpQuery q) {
		List<String> reasons = new ArrayList<>();
		ChildCenterType type = ChildCenterType.forChildPopulation(q.childPopulation());
		BigDecimal children = BigDecimal.valueOf(q.childPopulation());
		BigDecimal cases = BigDecimal.valueOf(q.abuseCases());
		BigDecimal nationalChildren = BigDecimal.valueOf(q.nationalChildPopulation());
		BigDecimal nationalCases = BigDecimal.valueOf(q.nationalAbuseCases());
		BigDecimal thousand = BigDecimal.valueOf(1000);
		BigDecimal nationalRate = nationalCases.multiply(thousand).divide(nationalChildren, PRECISION);
		BigDecimal rate = q.childPopulation() == 0 ? null : cases.multiply(thousand).divide(children, PRECISION);
		// exact comparison without division: cases / children > nationalCases / nationalChildren
		boolean aboveAverage = q.childPopulation() > 0
				&& cases.multiply(nationalChildren).compareTo(nationalCases.multiply(children)) > 0;
		// (cases − children × nationalCases ÷ nationalChildren) ÷ 40 = (cases × nationalChildren − children × nationalCases)
		// ÷ (40 × nationalChildren): kept as an exact fraction so that rounding never depends on decimal precision
		BigDecimal numerator = cases.multiply(nationalChildren).subtract(children.multiply(nationalCases));
		BigDecimal denominator = nationalChildren.multiply(BigDecimal.valueOf(CASELOAD));
		BigDecimal formula = numerator.divide(denominator, PRECISION);

		reasons.add("児童人口" + count(q.childPopulation()) + "人のため" + type.label() + "で、虐待対応専門員の最低配置人員は"
				+ (type.abuseResponseSpecialists() == 0 ? "ありません（－）。" : "常時" + type.abuseResponseSpecialists() + "名です。"));
		String rateText = rate == null ? "算出できません（児童人口0人）" : decimal(rate.setScale(2, RoundingMode.HALF_UP)) + "件";
		reasons.add("児童千人当たりの児童虐待相談対応件数は" + rateText + "、全国平均は"
				+ decimal(nationalRate.setScale(2, RoundingMode.HALF_UP)) + "件です。");
		boolean required = type.atLeastSmallB() && aboveAverage;
		if (!type.atLeastSmallB()) {
			reasons.add("上乗せ配置は小規模B型以上の類型に限られるため、小規模A型には上乗せはありません。");
		}
		else if (!aboveAverage) {
			reasons.add("全国平均を上回っていない（「上回る」は同じ値を含みません）ため、上乗せ配置は必要ありません。");
		}
		else {
			reasons.add(type.label() + "で、全国平均を上回るため、別表2の算式で算定した人数を上乗せして配置する必要があります。");
		}
		reasons.add("算式：（" + count(q.abuseCases()) + " − " + count(q.childPopulation()) + " × " + count(q.nationalAbuseCases())
				+ " ÷ " + count(q.nationalChildPopulation()) + "）÷ " + CASELOAD + " = "
				+ decimal(formula.setScale(2, RoundingMode.HALF_UP)) + "。「40」は児童相談所の児童福祉司の虐待相談の平均的な持ちケース数（年間約40ケース）です。");
		int topUp = 0;
		if (required) {
			RoundingMode mode = options.abuseTopUpRounding();
			topUp = Math.max(0, numerator.divide(denominator, 0, mode).intValueExact());
			reasons.add("別表2は端数処理を定めていないため、" + ChildCareSources.rounding(mode) + "で" + topUp
					+ "名としました（設定 kasane.rules.child-care.abuse-top-up-rounding で FLOOR・CEILING・HALF_UP を選べます。既定は算定された業務量を必ず満たす切り上げ）。");
		}
		else if (formula.signum() < 0) {
			reasons.add("算式の値が負になる場合の扱いは定めがないため、0名として扱います。");
		}
		reasons.add("児童人口は直近の国勢調査の数値、児童虐待相談対応件数は前々年度の福祉行政報告例の数値を使うとされています。"
				+ "市区町村内に複数の支援拠点を置く場合は、拠点ごとに算定します。");
		int minimum = type.abuseResponseSpecialists();
		Integer funded = null;
		if (q.specialistsPlaced() != null) {
			int beyond = Math.max(0, q.specialistsPlaced() - minimum);
			int byCap = Math.min(beyond, FUNDED_EXTRA_CAP);
			funded = options.fundedExtraLimitedToTopUp() ? Math.min(byCap, topUp) : byCap;
			reasons.add("配置している虐待対応専門員" + q.specialistsPlaced() + "名のうち最低配置人員（" + minimum + "名）を超える" + beyond
					+ "名について、人数分の補助基準額を加算できます（上限5人まで）。加算の対象は" + funded + "名です。");
			if (beyond > FUNDED_EXTRA_CAP) {
				reasons.add("最低配置人員を超える人数が5人を超えるため、上限の5人で打ち切っています。");
			}
			reasons.add(options.fundedExtraLimitedToTopUp()
					? "加算の人数を算式の上乗せ人数までに限るかは定めがないため、この設定では上乗せ人数（" + topUp + "名）までに限っています（kasane.rules.child-care.funded-extra-limited-to-top-up）。"
					: "加算の人数を算式の上乗せ人数までに限るかは定めがないため、既定では限らず、最低配置人員を超えて配置した人数（上限5人）で数えます（kasane.rules.child-care.funded-extra-limited-to-top-up）。");
			if (q.specialistsPlaced() < minimum) {
				reasons.add("配置している人数が最低配置人員に足りません。");
			}
		}
		reasons.add("上乗せ配置の有無に関わらず、基礎となる配置人員が基準を満たしていれば基本分は補助対象とすることができます。");
		List<RuleSource> sources = SOURCES;
		return new AbuseTopUpAnswer(type.label(), required, rate == null ? null : rate.setScale(2, RoundingMode.HALF_UP),
				nationalRate.setScale(2, RoundingMode.HALF_UP), formula.setScale(2, RoundingMode.HALF_UP), topUp, minimum,
				minimum + topUp, funded, List.copyOf(reasons), sources);
	}
}
