package jp.kasane.rules;

import static jp.kasane.rules.ChildCareSources.count;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * サポートプランの作成に係る支援員の追加配置 (support-plan assistants of a こども家庭センター): one subsidised
 * assistant per 40 plans, at most 1 (人口10万人未満), 2 (10万人以上30万人未満) or 3 (30万人以上)
 * (別記1の3 4(3)④オ).
 */
public final class SupportPlanAssistantRule {

	static final List<RuleSource> SOURCES = List.of(ChildCareSources.userSupport("4(3)④オ"));

	static final int PLANS_PER_ASSISTANT = 40;

	private final ChildCareRuleOptions options;

	SupportPlanAssistantRule(ChildCareRuleOptions options) {
		this.options = options;
	}

	/**
	 * @param plans      サポートプラン to be made (児童福祉法10条1項4号の計画 only)
	 * @param population 人口 of the municipality
	 */
	public record SupportPlanQuery(
			@Schema(example = "81") @NotNull(message = "サポートプランの件数を入力してください") @PositiveOrZero(message = "サポートプランの件数は0以上の数で入力してください") @Max(value = 1_000_000, message = "サポートプランの件数は100万件以下で入力してください") Integer plans,
			@Schema(example = "150000") @NotNull(message = "人口を入力してください") @PositiveOrZero(message = "人口は0以上の数で入力してください") @Max(value = 200_000_000, message = "人口は2億人以下で入力してください") Long population) {
	}

	/**
	 * @param assistants        subsidised assistants (min of byPlans and cap)
	 * @param byPlans           plans ÷ 40, rounded by the configured choice
	 * @param cap               the population cap (1, 2 or 3)
	 * @param populationBand    the band of the cap
	 * @param capApplied        whether the cap cut the number
	 */
	public record SupportPlanAnswer(int assistants, int byPlans, int cap, String populationBand, boolean capApplied,
			List<String> reasons, List<RuleSource> sources) {
	}

	/**
	 * The answer by the numbers of {@code version} (chosen by {@link RuleCatalog} for the fiscal year asked). This rule
	 * has one version today, so its numbers are that version's; a later table is selected here by the version.
	 */
	public SupportPlanAnswer evaluate(SupportPlanQuery q, RuleVersion version) {
		return evaluate(q);
	}

	public SupportPlanAnswer evaluate(SupportPlanQuery q) {
		List<String> reasons = new ArrayList<>();
		RoundingMode mode = options.supportPlanRounding();
		int byPlans = BigDecimal.valueOf(q.plans()).divide(BigDecimal.valueOf(PLANS_PER_ASSISTANT), 0, mode).intValueExact();
		int cap;
		String band;
		if (q.population() < 100_000) {
			cap = 1;
			band = "人口10万人未満";
		}
		else if (q.population() < 300_000) {
			cap = 2;
			band = "人口10万人以上かつ30万人未満";
		}
		else {
			cap = 3;
			band = "人口30万人以上";
		}
		int assistants = Math.min(byPlans, cap);
		reasons.add("作成するサポートプラン40件あたり1名が補助対象です。" + count(q.plans()) + "件 ÷ 40 を"
				+ ChildCareSources.rounding(mode) + "して" + byPlans + "名です。");
		reasons.add("40件に満たない端数の扱いは定めがないため、" + ChildCareSources.rounding(mode)
				+ "としています（設定 kasane.rules.child-care.support-plan-rounding で FLOOR・CEILING・HALF_UP を選べます。既定は40件ごとに1名の切り捨て）。");
		reasons.add("人口" + count(q.population()) + "人は「" + band + "」のため、上限は" + cap + "名です。");
		if (byPlans > cap) {
			reasons.add("件数からは" + byPlans + "名ですが、上限により" + cap + "名までです。");
		}
		reasons.add("補助対象の支援員は" + assistants + "名です。");
		reasons.add("件数は児童福祉法第10条第1項第4号に規定する計画（サポートプラン）に限ります。");
		reasons.add("件数と人口をいつの時点で数えるかは定めがないため、" + options.countedAt().label()
				+ "として扱います（設定 kasane.rules.child-care.counted-at）。");
		return new SupportPlanAnswer(assistants, byPlans, cap, band, byPlans > cap, List.copyOf(reasons),
				SOURCES);
	}
}
