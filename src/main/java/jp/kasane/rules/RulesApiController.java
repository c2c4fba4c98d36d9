package jp.kasane.rules;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stateless calculators of the program rules for what-if questions: each answer carries its reasons and
 * sources. Any signed-in user may ask; nothing is stored.
 */
@RestController
@RequestMapping("/api/v1/rules")
@Tag(name = "rules", description = "制度ルール（計算）：補助基準額・加算・負担割合。答えには理由と出典がつく")
class RulesApiController {

	static final String FISCAL_YEAR = "年度（西暦、例 2026）。省略時は今日の年度。最も古い版より前の年度は 422 RULE_VERSION_NOT_FOUND";


	private final PlatformSubsidyRule platformSubsidy;
	private final RenkeiSetupSupportRule renkeiSetupSupport;
	private final NewFunctionBaseRule newFunctionBase;
	private final CostShareRule costShare;
	private final RuleCatalog catalog;

	RulesApiController(PlatformSubsidyRule platformSubsidy, RenkeiSetupSupportRule renkeiSetupSupport,
			NewFunctionBaseRule newFunctionBase, CostShareRule costShare, RuleCatalog catalog) {
		this.platformSubsidy = platformSubsidy;
		this.renkeiSetupSupport = renkeiSetupSupport;
		this.newFunctionBase = newFunctionBase;
		this.costShare = costShare;
		this.catalog = catalog;
	}

	@GetMapping
	@Operation(summary = "計算できる制度ルールの一覧（全ルール：id・名称・seed の項目・年度ごとの版と通知・出典・POST の URL）")
	List<RuleCatalog.Entry> rules() {
		return catalog.entries();
	}

	@PostMapping("/platform-subsidy")
	@Operation(summary = "法人間連携プラットフォームの国庫補助基準額（参画法人数・加算・原則２か年・連携推進法人への移行）",
			description = "金額は千円単位の上限（以内）。参画法人数を数える時点など要綱が定めない点は、理由に選択を示す。"
					+ "countedOn（任意、数えた日）を渡すと理由は「その日時点で参画している法人数で判定」、省略時は設定の時点（既定：交付申請の時点）の数として扱う")
	RuleAnswer<PlatformSubsidyRule.Result> platformSubsidy(@Valid @RequestBody PlatformSubsidyRule.Input input,
			@Parameter(description = FISCAL_YEAR) @RequestParam(required = false) String fiscalYear) {
		return catalog.answer("platform-subsidy", fiscalYear, v -> platformSubsidy.evaluate(input, v));
	}

	@PostMapping("/renkei-setup-support")
	@Operation(summary = "社会福祉連携推進法人の設立支援（1,000千円以内、1の連携推進法人につき1回限り）")
	RuleAnswer<RenkeiSetupSupportRule.Result> renkeiSetupSupport(@Valid @RequestBody RenkeiSetupSupportRule.Input input,
			@Parameter(description = FISCAL_YEAR) @RequestParam(required = false) String fiscalYear) {
		return catalog.answer("renkei-setup-support", fiscalYear, v -> renkeiSetupSupport.evaluate(input, v));
	}

	@PostMapping("/new-function-base")
	@Operation(summary = "重層的支援体制整備事業 新たな機能分の補助基準額（令和３年１月１日時点の人口による8区分、令和３年度）")
	RuleAnswer<NewFunctionBaseRule.Result> newFunctionBase(@Valid @RequestBody NewFunctionBaseRule.Input input,
			@Parameter(description = FISCAL_YEAR) @RequestParam(required = false) String fiscalYear) {
		return catalog.answer("new-function-base", fiscalYear, v -> newFunctionBase.evaluate(input, v));
	}

	@PostMapping("/cost-share")
	@Operation(summary = "各事業の負担割合（国・都道府県・市町村・保険料）と事業費の配分（円未満の端数は実施主体に）")
	RuleAnswer<CostShareRule.Result> costShare(@Valid @RequestBody CostShareRule.Input input,
			@Parameter(description = FISCAL_YEAR) @RequestParam(required = false) String fiscalYear) {
		return catalog.answer("cost-share", fiscalYear, v -> costShare.evaluate(input, v));
	}
}
