package jp.kasane.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.BiFunction;

import jakarta.validation.Validator;
import jp.kasane.shared.FiscalYear;
import jp.kasane.shared.InvalidField;
import jp.kasane.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The planner's page (制度ルール): enter numbers for each rule and see its answer with the reasons and sources.
 * Nothing is stored; a field that cannot be read is answered with a Japanese message beside it. Each form has a
 * 年度 (the current one by the clock unless changed): the answer states the version used, and a year before the
 * rule's first version is answered with the Japanese message of {@value RuleCatalog#VERSION_NOT_FOUND}.
 */
@Controller
class RulesPageController {

	private final PlatformSubsidyRule platformSubsidy;
	private final RenkeiSetupSupportRule renkeiSetupSupport;
	private final NewFunctionBaseRule newFunctionBase;
	private final CostShareRule costShare;
	private final Validator validator;
	private final RuleOptions options;
	private final RuleCatalog catalog;
	private final Clock clock;

	RulesPageController(PlatformSubsidyRule platformSubsidy, RenkeiSetupSupportRule renkeiSetupSupport,
			NewFunctionBaseRule newFunctionBase, CostShareRule costShare, Validator validator, RuleOptions options,
			RuleCatalog catalog, Clock clock) {
		this.catalog = catalog;
		this.clock = clock;
		this.options = options;
		this.platformSubsidy = platformSubsidy;
		this.renkeiSetupSupport = renkeiSetupSupport;
		this.newFunctionBase = newFunctionBase;
		this.costShare = costShare;
		this.validator = validator;
	}

	@GetMapping("/rules")
	String planner(Model model) {
		model.addAttribute("values", Map.of("participants", "", "subsidyYear", "1"));
		return page(model, null, Map.of(), null, null, null);
	}

	@PostMapping("/rules/platform-subsidy")
	String platformSubsidy(@RequestParam Map<String, String> params, Model model) {
		PlannerInput in = new PlannerInput(params);
		PlatformSubsidyRule.Input input = new PlatformSubsidyRule.Input(in.integer("participants"), in.integer("subsidyYear"),
				in.checked("backOfficeConsolidation"), in.checked("backOfficeAddOnUsedBefore"), in.checked("ict"),
				in.checked("ictAddOnUsedBefore"), in.checked("convertedToRenkeiSuishinHojin"));
		return answer(model, "platform", "platform-subsidy", in, input, platformSubsidy::evaluate);
	}

	@PostMapping("/rules/renkei-setup-support")
	String renkeiSetupSupport(@RequestParam Map<String, String> params, Model model) {
		PlannerInput in = new PlannerInput(params);
		return answer(model, "renkei", "renkei-setup-support", in, new RenkeiSetupSupportRule.Input(in.checked("usedBefore")),
				renkeiSetupSupport::evaluate);
	}

	@PostMapping("/rules/new-function-base")
	String newFunctionBase(@RequestParam Map<String, String> params, Model model) {
		PlannerInput in = new PlannerInput(params);
		return answer(model, "newFunction", "new-function-base", in, new NewFunctionBaseRule.Input(in.integer("population")),
				newFunctionBase::evaluate);
	}

	@PostMapping("/rules/cost-share")
	String costShare(@RequestParam Map<String, String> params, Model model) {
		PlannerInput in = new PlannerInput(params);
		CostShareRule.Input input = new CostShareRule.Input(in.choice("program", CostShareRule.Program.class),
				in.whole("totalYen"));
		return answer(model, "costShare", "cost-share", in, input, costShare::evaluate);
	}

	/**
	 * Reads the 年度 and the input; when both are readable, asks the rule with the version for that year. A bad year
	 * is shown beside the 年度 field, a year without a version as the page's message, never an error page.
	 */
	private <I> String answer(Model model, String form, String rule, PlannerInput in, I input,
			BiFunction<I, RuleVersion, ?> evaluate) {
		String year = in.values().get("fiscalYear");
		try {
			RuleCatalog.parseYear(year);
		}
		catch (InvalidField ex) {
			in.errors().put(ex.field(), ex.getMessage());
		}
		I valid = in.validated(input, validator);
		model.addAttribute("values", in.values());
		Object result = null;
		RuleCatalog.VersionUsed used = null;
		String versionProblem = null;
		if (valid != null) {
			try {
				RuleAnswer<?> answer = catalog.answer(rule, year, v -> evaluate.apply(valid, v));
				result = answer.answer();
				used = answer.ruleVersion();
			}
			catch (InvalidField ex) {
				in.errors().put(ex.field(), ex.getMessage());
			}
			catch (RuleViolation ex) {
				versionProblem = ex.getMessage();
			}
		}
		return page(model, form, in.errors(), result, used, versionProblem);
	}

	private String page(Model model, String form, Map<String, String> errors, Object result,
			RuleCatalog.VersionUsed used, String versionProblem) {
		model.addAttribute("active", form);
		model.addAttribute("errors", errors);
		model.addAttribute("result", result);
		model.addAttribute("versionUsed", used);
		model.addAttribute("versionProblem", versionProblem);
		FiscalYear current = FiscalYear.of(LocalDate.now(clock));
		model.addAttribute("currentYear", current.year());
		model.addAttribute("currentYearLabel", current.label());
		model.addAttribute("programs", CostShareRule.Program.values());
		model.addAttribute("countedAt", options.platformSubsidy().participantsCountedAt().label());
		model.addAttribute("rules", catalog.entries());
		return "rules/planner";
	}
}
