package jp.kasane.rules;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stateless calculators of the 001 別記 rules for what-if questions: こども家庭センター, 虐待対応専門員,
 * サポートプラン作成支援員, 利用者支援事業の加算, 地域子育て支援拠点, 地域活動支援センター. Any signed-in user may call them.
 */
@RestController
@RequestMapping("/api/v1/rules")
@Tag(name = "rules (child care)", description = "制度ルール：こども家庭センターの類型と最低配置人員、虐待対応専門員の上乗せ、サポートプラン作成支援員、"
		+ "利用者支援事業の加算、地域子育て支援拠点の基準、地域活動支援センターの類型（重層的支援体制整備事業実施要綱 別記1の3・2の3・2の4）。"
		+ "答えには理由（日本語）と出典（文書・項目・版）が付きます。")
@ApiResponse(responseCode = "400", description = "入力の誤り（負の数、項目の欠落、型の誤り）。problem+json の errors に項目名")
class ChildCareRulesApiController {

	private final ChildCenterStaffingRule staffing;
	private final AbuseResponseSpecialistRule abuse;
	private final SupportPlanAssistantRule supportPlans;
	private final UserSupportAddOnRule addOns;
	private final ChildRearingHubStandardRule hub;
	private final CommunityActivityCenterTypeRule activityCenter;
	private final RuleCatalog catalog;

	ChildCareRulesApiController(ChildCenterStaffingRule staffing, AbuseResponseSpecialistRule abuse,
			SupportPlanAssistantRule supportPlans, UserSupportAddOnRule addOns, ChildRearingHubStandardRule hub,
			CommunityActivityCenterTypeRule activityCenter, RuleCatalog catalog) {
		this.catalog = catalog;
		this.staffing = staffing;
		this.abuse = abuse;
		this.supportPlans = supportPlans;
		this.addOns = addOns;
		this.hub = hub;
		this.activityCenter = activityCenter;
	}

	@PostMapping("/child-center-staffing")
	@Operation(summary = "こども家庭センターの類型と最低配置人員", description = "児童人口から類型（小規模A型・B型・C型、中規模型、大規模型）を決め、"
			+ "別表1の最低配置人員（常時○名）を返します。例：{\"childPopulation\": 27000} → 中規模型、子ども家庭支援員3・心理担当支援員1・虐待対応専門員2、計6。"
			+ "人口5万人未満で両機能を兼務する常勤職員がいれば小規模A型の常時1名体制の例外も判定します（population, dualRoleFullTimeStaff）。")
	RuleAnswer<ChildCenterStaffingRule.StaffingAnswer> childCenterStaffing(@Valid @RequestBody ChildCenterStaffingRule.StaffingQuery query,
			@Parameter(description = RulesApiController.FISCAL_YEAR) @RequestParam(required = false) String fiscalYear) {
		return catalog.answer("child-center-staffing", fiscalYear, v -> staffing.evaluate(query, v));
	}

	@PostMapping("/abuse-response-specialists")
	@Operation(summary = "虐待対応専門員の上乗せ配置", description = "小規模B型以上で児童千人当たりの児童虐待相談対応件数が全国平均を上回るときの上乗せ人数"
			+ "（（市区町村の件数 − 児童人口 × 全国の件数 ÷ 全国の児童人口）÷ 40、既定は切り上げ、負は0）と、配置人数を渡せば最低配置人員を超える分の加算人数（上限5人）。")
	RuleAnswer<AbuseResponseSpecialistRule.AbuseTopUpAnswer> abuseResponseSpecialists(@Valid @RequestBody AbuseResponseSpecialistRule.AbuseTopUpQuery query,
			@Parameter(description = RulesApiController.FISCAL_YEAR) @RequestParam(required = false) String fiscalYear) {
		return catalog.answer("abuse-response-specialists", fiscalYear, v -> abuse.evaluate(query, v));
	}

	@PostMapping("/support-plan-assistants")
	@Operation(summary = "サポートプラン作成支援員", description = "サポートプラン40件あたり1名（既定は切り捨て）、人口10万人未満は1名・10万人以上30万人未満は2名・30万人以上は3名まで。")
	RuleAnswer<SupportPlanAssistantRule.SupportPlanAnswer> supportPlanAssistants(@Valid @RequestBody SupportPlanAssistantRule.SupportPlanQuery query,
			@Parameter(description = RulesApiController.FISCAL_YEAR) @RequestParam(required = false) String fiscalYear) {
		return catalog.answer("support-plan-assistants", fiscalYear, v -> supportPlans.evaluate(query, v));
	}

	@PostMapping("/user-support-add-ons")
	@Operation(summary = "利用者支援事業（基本型）の夜間加算・休日加算・機能強化", description = "夜間：緊急対策、1日6時間を超えて開所、週3日以上18時以降に2時間以上。"
			+ "休日：緊急対策、週4日以上、土曜日または日曜日・祝日等に開所。機能強化：夜間・休日・出張相談支援のいずれか、開所日1日当たり平均5件以上、緊急対策、専任職員2名以上、事業計画の公表、人員配置の記録。")
	RuleAnswer<UserSupportAddOnRule.AddOnAnswer> userSupportAddOns(@Valid @RequestBody UserSupportAddOnRule.AddOnQuery query,
			@Parameter(description = RulesApiController.FISCAL_YEAR) @RequestParam(required = false) String fiscalYear) {
		return catalog.answer("user-support-add-ons", fiscalYear, v -> addOns.evaluate(query, v));
	}

	@PostMapping("/child-rearing-hub")
	@Operation(summary = "地域子育て支援拠点の開設日数・時間と職員の基準", description = "hubType: GENERAL（一般型：週3日以上・1日5時間以上・専任2名以上）、"
			+ "COOPERATIVE（連携型：週3日以上・1日3時間以上・専任1名以上）、POP_UP（出張ひろば：週1～2日・1日5時間以上・一般型の職員1名以上が兼務）、"
			+ "SMALL_DESIGNATED（小規模型指定施設：週5日以上・1日5時間以上・専任1名以上・a～cのうち2つ以上、activities が必要）。講習等は月1回以上。")
	RuleAnswer<ChildRearingHubStandardRule.HubAnswer> childRearingHub(@Valid @RequestBody ChildRearingHubStandardRule.HubQuery query,
			@Parameter(description = RulesApiController.FISCAL_YEAR) @RequestParam(required = false) String fiscalYear) {
		return catalog.answer("child-rearing-hub", fiscalYear, v -> hub.evaluate(query, v));
	}

	@PostMapping("/community-activity-center")
	@Operation(summary = "地域活動支援センターの類型（Ⅰ型・Ⅱ型・Ⅲ型）", description = "1日当たりの実利用人員（概ね20名・15名・10名以上）と職員配置（基礎的事業2名以上うち1名専任、"
			+ "Ⅰ型は＋1名以上で常勤2名以上と相談支援事業、Ⅱ型は＋1名以上で常勤1名以上、Ⅲ型は常勤1名以上と障害者団体等の実績概ね5年以上）から当たる類型を返します。")
	RuleAnswer<CommunityActivityCenterTypeRule.ActivityCenterAnswer> communityActivityCenter(@Valid @RequestBody CommunityActivityCenterTypeRule.ActivityCenterQuery query,
			@Parameter(description = RulesApiController.FISCAL_YEAR) @RequestParam(required = false) String fiscalYear) {
		return catalog.answer("community-activity-center", fiscalYear, v -> activityCenter.evaluate(query, v));
	}
}
