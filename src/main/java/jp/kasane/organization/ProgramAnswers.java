package jp.kasane.organization;

import java.util.List;

import jp.kasane.rules.ChildCenterStaffingRule;
import jp.kasane.rules.CostShareRule;
import jp.kasane.rules.NewFunctionBaseRule;
import jp.kasane.rules.RuleAnswer;
import jp.kasane.rules.SupportPlanAssistantRule;

/**
 * The municipality's facts with what the program rules answer for them, each with its reasons, sources and version;
 * an answer is null while the fact it needs is missing, and {@code missing} says which fact to enter.
 *
 * @param newFunctionBase 新たな機能分の補助基準額 by the population
 * @param costShare       the 負担割合 of 多機関協働事業等 applied to that 基準額
 * @param childCenter     こども家庭センターの類型と最低配置人員 by the 18歳未満人口
 * @param supportPlans    サポートプラン作成支援員 by the plans and the population (only when both are entered)
 * @param missing         Japanese sentences naming each fact still to enter and what it would show
 */
public record ProgramAnswers(ProgramFacts facts, RuleAnswer<NewFunctionBaseRule.Result> newFunctionBase,
		RuleAnswer<CostShareRule.Result> costShare, RuleAnswer<ChildCenterStaffingRule.StaffingAnswer> childCenter,
		RuleAnswer<SupportPlanAssistantRule.SupportPlanAnswer> supportPlans, List<String> missing) {
}
