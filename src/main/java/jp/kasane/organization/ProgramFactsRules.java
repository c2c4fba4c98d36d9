package jp.kasane.organization;

import java.util.ArrayList;
import java.util.List;

import jp.kasane.rules.ChildCenterStaffingRule;
import jp.kasane.rules.CostShareRule;
import jp.kasane.rules.NewFunctionBaseRule;
import jp.kasane.rules.RuleAnswer;
import jp.kasane.rules.RuleCatalog;
import jp.kasane.rules.SupportPlanAssistantRule;
import org.springframework.stereotype.Component;

/**
 * Asks the program rules (the {@code rules} module) about the municipality's facts, in the version in force today.
 * organization depends on rules, never the reverse (rules depends only on shared), so the module graph stays acyclic.
 */
@Component
class ProgramFactsRules {

	private final NewFunctionBaseRule newFunctionBase;
	private final CostShareRule costShare;
	private final ChildCenterStaffingRule childCenter;
	private final SupportPlanAssistantRule supportPlans;
	private final RuleCatalog catalog;

	ProgramFactsRules(NewFunctionBaseRule newFunctionBase, CostShareRule costShare, ChildCenterStaffingRule childCenter,
			SupportPlanAssistantRule supportPlans, RuleCatalog catalog) {
		this.newFunctionBase = newFunctionBase;
		this.costShare = costShare;
		this.childCenter = childCenter;
		this.supportPlans = supportPlans;
		this.catalog = catalog;
	}

	ProgramAnswers answer(ProgramFacts facts) {
		List<String> missing = new ArrayList<>();
		RuleAnswer<NewFunctionBaseRule.Result> base = null;
		RuleAnswer<CostShareRule.Result> shares = null;
		if (facts.population() == null) {
			missing.add("人口（令和3年1月1日時点）を入力してください。新たな機能分の補助基準額とその負担割合を示します。");
		}
		else {
			base = catalog.answer("new-function-base", null,
					v -> newFunctionBase.evaluate(new NewFunctionBaseRule.Input(facts.population()), v));
			long baseYen = base.answer().baseYen();
			shares = catalog.answer("cost-share", null,
					v -> costShare.evaluate(new CostShareRule.Input(CostShareRule.Program.MULTI_AGENCY_ETC, baseYen), v));
		}
		RuleAnswer<ChildCenterStaffingRule.StaffingAnswer> center = null;
		if (facts.childPopulation() == null) {
			missing.add("18歳未満人口を入力してください。こども家庭センターの類型と最低配置人員を示します。");
		}
		else {
			Long population = facts.population() == null ? null : facts.population().longValue();
			center = catalog.answer("child-center-staffing", null, v -> childCenter.evaluate(
					new ChildCenterStaffingRule.StaffingQuery(facts.childPopulation().longValue(), population, null), v));
		}
		RuleAnswer<SupportPlanAssistantRule.SupportPlanAnswer> assistants = null;
		if (facts.supportPlans() == null) {
			missing.add("サポートプランの件数（任意）を入力すると、サポートプラン作成支援員の人数を示します。");
		}
		else if (facts.population() != null) {
			assistants = catalog.answer("support-plan-assistants", null, v -> supportPlans.evaluate(
					new SupportPlanAssistantRule.SupportPlanQuery(facts.supportPlans(), facts.population().longValue()), v));
		}
		return new ProgramAnswers(facts, base, shares, center, assistants, List.copyOf(missing));
	}
}
