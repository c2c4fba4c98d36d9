package jp.kasane.rules;

import java.util.Map;
import java.util.function.Function;

import jakarta.validation.Validator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The planner's page (制度ルール): enter numbers for each rule and see its answer with the reasons and sources.
 * Nothing is stored; a field that cannot be read is answered with a Japanese message beside it.
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

	RulesPageController(PlatformSubsidyRule platformSubsidy, RenkeiSetupSupportRule renkeiSetupSupport,
			NewFunctionBaseRule newFunctionBase, CostShareRule costShare, Validator validator, RuleOptions options,
			RuleCatalog catalog) {
		this.catalog = catalog;
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
		return page(model, null, Map.of(), null);
	}

	@PostMapping("/rules/platform-subsidy")
	String platformSubsidy(@RequestParam Map<String, String> params, Model model) {
		PlannerInput in = new PlannerInput(params);
		PlatformSubsidyRule.Input input = new PlatformSubsidyRule.Input(in.integer("participants"), in.integer("subsidyYear"),
				in.checked("backOfficeConsolidation"), in.checked("backOfficeAddOnUsedBefore"), in.checked("ict"),
				in.checked("ictAddOnUsedBefore"), in.checked("convertedToRenkeiSuishinHojin"));
		return answer(model, "platform", in, input, platformSubsidy::evaluate);
	}

	@PostMapping("/rules/renkei-setup-support")
	String renkeiSetupSupport(@RequestParam Map<String, String> params, Model model) {
		PlannerInput in = new PlannerInput(params);
		return answer(model, "renkei", in, new RenkeiSetupSupportRule.Input(in.checked("usedBefore")),
				renkeiSetupSupport::evaluate);
	}

	@PostMapping("/rules/new-function-base")
	String newFunctionBase(@RequestParam Map<String, String> params, Model model) {
		PlannerInput in = new PlannerInput(params);
		return answer(model, "newFunction", in, new NewFunctionBaseRule.Input(in.integer("population")),
				newFunctionBase::evaluate);
	}

	@PostMapping("/rules/cost-share")
	String costShare(@RequestParam Map<String, String> params, Model model) {
		PlannerInput in = new PlannerInput(params);
		CostShareRule.Input input = new CostShareRule.Input(in.choice("program", CostShareRule.Program.class),
				in.whole("totalYen"));
		return answer(model, "costShare", in, input, costShare::evaluate);
	}

	private <I> String answer(Model model, String form, PlannerInput in, I input, Function<I, ?> rule) {
		I valid = in.validated(input, validator);
		model.addAttribute("values", in.values());
		return page(model, form, in.errors(), valid == null ? null : rule.apply(valid));
	}

	private String page(Model model, String form, Map<String, String> errors, Object result) {
		model.addAttribute("active", form);
		model.addAttribute("errors", errors);
		model.addAttribute("result", result);
		model.addAttribute("programs", CostShareRule.Program.values());
		model.addAttribute("countedAt", options.platformSubsidy().participantsCountedAt().label());
		model.addAttribute("rules", catalog.entries());
		return "rules/planner";
	}
}
