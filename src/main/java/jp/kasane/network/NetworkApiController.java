package jp.kasane.network;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the networks: 法人間連携プラットフォーム, 連絡会等, 地域力強化・相談支援包括化. */
@RestController
@RequestMapping("/api/v1/network")
@Tag(name = "network", description = "法人間連携プラットフォーム・社協と社会福祉法人の連絡会・地域力強化と相談支援包括化（個人の情報は含まない）")
class NetworkApiController {

	private final NetworkManagement network;

	NetworkApiController(NetworkManagement network) {
		this.network = network;
	}

	// --- platforms

	@GetMapping("/platforms")
	@Operation(summary = "法人間連携プラットフォームの一覧（参画法人数つき）")
	List<NetworkViews.PlatformSummary> platforms() {
		return network.platforms();
	}

	@PostMapping("/platforms")
	@Operation(summary = "プラットフォームを登録する（実施主体：都道府県・市・都道府県等が認めた団体）")
	ResponseEntity<NetworkViews.Platform> addPlatform(@Valid @RequestBody NetworkForms.NewPlatform form) {
		NetworkViews.Platform p = network.addPlatform(form);
		return ResponseEntity.created(URI.create("/api/v1/network/platforms/" + p.id())).body(p);
	}

	@GetMapping("/platforms/{id}")
	@Operation(summary = "プラットフォーム（参画法人・取組ア〜カ・補助の年度・連携推進法人への移行、補助の判定に使う事実 subsidyFacts）")
	NetworkViews.Platform platform(@PathVariable UUID id) {
		return network.platform(id);
	}

	@PutMapping("/platforms/{id}")
	@Operation(summary = "プラットフォームの名称・実施主体・対象地域・設置日を直す（設置日は未来・補助を受けた年度より後にできない）。古い version は 409")
	NetworkViews.Platform editPlatform(@PathVariable UUID id, @Valid @RequestBody NetworkForms.EditPlatform form) {
		return network.editPlatform(id, form);
	}

	@GetMapping("/platforms/{id}/subsidy-facts")
	@Operation(summary = "今年度の補助の判定に使う事実（POST /api/v1/rules/platform-subsidy にそのまま渡せる形）")
	PlatformSubsidyFacts subsidyFacts(@PathVariable UUID id) {
		return network.subsidyFacts(id);
	}

	@PostMapping("/platforms/{id}/participants")
	@Operation(summary = "参画法人・参画機関を加える（小規模法人の印、福祉サービス事業者以外の機関）")
	NetworkViews.Platform addParticipant(@PathVariable UUID id, @Valid @RequestBody NetworkForms.NewParticipant form) {
		return network.addParticipant(id, form);
	}

	@PutMapping("/participants/{id}")
	@Operation(summary = "参画法人・機関を直す（種別・小規模法人・福祉サービス事業者以外、参画日）。人事交流・合同面接会に法人として出てくるものを法人以外にはできない（422 PARTICIPANT_IN_USE）。古い version は 409")
	NetworkViews.Platform editParticipant(@PathVariable UUID id, @Valid @RequestBody NetworkForms.EditParticipant form) {
		return network.editParticipant(id, form);
	}

	@PostMapping("/participants/{id}/leave")
	@Operation(summary = "参画法人・機関の脱退を記録する（削除せず脱退日を残し、その日から参画法人数に数えない）。version を付けると古い version は 409")
	NetworkViews.Platform leave(@PathVariable UUID id, @Valid @RequestBody NetworkForms.Leave form) {
		return network.leave(id, form);
	}

	@PostMapping("/platforms/{id}/activities")
	@Operation(summary = "取組を記録する（ア 討議〈stage〉・イ 協働事業〈category〉・ウ 人材確保〈workforceKind〉・エ・オ・カ）")
	ResponseEntity<NetworkViews.Activity> addActivity(@PathVariable UUID id,
			@Valid @RequestBody NetworkForms.NewActivity form) {
		NetworkViews.Activity a = network.addActivity(id, form);
		return ResponseEntity.created(URI.create("/api/v1/network/platforms/" + id)).body(a);
	}

	@PostMapping("/activities/{id}/phase")
	@Operation(summary = "協働事業を次の段階へ（計画→試行→検証）。古い version は 409")
	NetworkViews.Activity changePhase(@PathVariable UUID id, @Valid @RequestBody NetworkForms.PhaseChange form) {
		return network.changePhase(id, form);
	}

	@PostMapping("/activities/{id}/agreements")
	@Operation(summary = "人事交流に当事者の法人が合意する（両方の合意で成立）")
	NetworkViews.Activity agree(@PathVariable UUID id, @Valid @RequestBody NetworkForms.Agreement form) {
		return network.agree(id, form);
	}

	@PostMapping("/activities/{id}/fair-results")
	@Operation(summary = "合同面接会の法人ごとの応募者数・内定者数を記録する")
	NetworkViews.Activity fairResult(@PathVariable UUID id, @Valid @RequestBody NetworkForms.FairResult form) {
		return network.recordFairResult(id, form);
	}

	@PostMapping("/platforms/{id}/subsidy-years")
	@Operation(summary = "補助を受けた年度を記録する（エ・オの加算は１回に限り、連携推進法人への移行後は不可）")
	NetworkViews.Platform addSubsidyYear(@PathVariable UUID id, @Valid @RequestBody NetworkForms.SubsidyYear form) {
		return network.addSubsidyYear(id, form);
	}

	@PostMapping("/platforms/{id}/conversion")
	@Operation(summary = "社会福祉連携推進法人への移行を記録する（設立支援は１回に限り1,000千円以内）。古い version は 409")
	NetworkViews.Platform convert(@PathVariable UUID id, @Valid @RequestBody NetworkForms.Conversion form) {
		return network.convert(id, form);
	}

	// --- councils

	@GetMapping("/councils")
	@Operation(summary = "連絡会等の一覧")
	List<NetworkViews.CouncilSummary> councils() {
		return network.councils();
	}

	@PostMapping("/councils")
	@Operation(summary = "連絡会等を登録する（都道府県・指定都市域／市区町村域／日常生活圏域）")
	ResponseEntity<NetworkViews.Council> addCouncil(@Valid @RequestBody NetworkForms.NewCouncil form) {
		NetworkViews.Council c = network.addCouncil(form);
		return ResponseEntity.created(URI.create("/api/v1/network/councils/" + c.id())).body(c);
	}

	@GetMapping("/councils/{id}")
	@Operation(summary = "連絡会等（会員・会議・公益的な取組・災害時協定・福祉教育）")
	NetworkViews.Council council(@PathVariable UUID id) {
		return network.council(id);
	}

	@PutMapping("/councils/{id}")
	@Operation(summary = "連絡会の名称・区域・事務局・設立日・目的を直す。古い version は 409")
	NetworkViews.Council editCouncil(@PathVariable UUID id, @Valid @RequestBody NetworkForms.EditCouncil form) {
		return network.editCouncil(id, form);
	}

	@PutMapping("/council-members/{id}")
	@Operation(summary = "連絡会の会員を直す（名称・種別・運営法人）。古い version は 409")
	NetworkViews.Council editMember(@PathVariable UUID id, @Valid @RequestBody NetworkForms.EditCouncilMember form) {
		return network.editCouncilMember(id, form);
	}

	@PostMapping("/council-members/{id}/leave")
	@Operation(summary = "会員の退会を記録する（削除せず退会日を残す。その日以後の取組には選べない。二度目は 422 MEMBER_LEFT）。version を付けると古い version は 409")
	NetworkViews.Council leaveCouncil(@PathVariable UUID id, @Valid @RequestBody NetworkForms.Leave form) {
		return network.leaveCouncil(id, form);
	}

	@PostMapping("/councils/{id}/members")
	@Operation(summary = "会員（社会福祉法人・福祉施設・社協など）を加える")
	NetworkViews.Council addMember(@PathVariable UUID id, @Valid @RequestBody NetworkForms.NewCouncilMember form) {
		return network.addCouncilMember(id, form);
	}

	@PostMapping("/councils/{id}/meetings")
	@Operation(summary = "連絡会の会議を記録する（代表者会・現場担当者会議・プロジェクト委員会）")
	ResponseEntity<NetworkViews.Meeting> addMeeting(@PathVariable UUID id, @Valid @RequestBody NetworkForms.NewMeeting form) {
		NetworkViews.Meeting m = network.addCouncilMeeting(id, form);
		return ResponseEntity.created(URI.create("/api/v1/network/councils/" + id)).body(m);
	}

	@PostMapping("/councils/{id}/activities")
	@Operation(summary = "公益的な取組（単独・共同）・災害時協定・福祉教育／出前講座／職場体験を記録する")
	ResponseEntity<NetworkViews.CouncilActivity> addActivity(@PathVariable UUID id,
			@Valid @RequestBody NetworkForms.NewCouncilActivity form) {
		NetworkViews.CouncilActivity a = network.addCouncilActivity(id, form);
		return ResponseEntity.created(URI.create("/api/v1/network/councils/" + id)).body(a);
	}

	// --- 地域力強化・相談支援包括化

	@GetMapping("/regional")
	@Operation(summary = "地域力強化推進事業の年度と地域、相談支援包括化推進員、推進会議、成果目標")
	NetworkViews.Regional regional() {
		return network.regional();
	}

	@PostMapping("/regional/years")
	@Operation(summary = "地域力強化推進事業の年度を登録する（一部の地域で実施するときは2地域以上、422 REGIONAL_AREAS_TOO_FEW）")
	ResponseEntity<NetworkViews.RegionalYear> addYear(@Valid @RequestBody NetworkForms.RegionalYear form) {
		NetworkViews.RegionalYear y = network.addRegionalYear(form);
		return ResponseEntity.created(URI.create("/api/v1/network/regional/years/" + y.fiscalYear())).body(y);
	}

	@GetMapping("/regional/years/{fiscalYear}")
	@Operation(summary = "地域力強化推進事業の年度")
	NetworkViews.RegionalYear year(@PathVariable int fiscalYear) {
		return network.regionalYear(fiscalYear);
	}

	@PutMapping("/regional/years/{fiscalYear}")
	@Operation(summary = "全域か一部の地域かを変える（一部なら2地域以上）。古い version は 409")
	NetworkViews.RegionalYear coverage(@PathVariable int fiscalYear, @Valid @RequestBody NetworkForms.Coverage form) {
		return network.changeCoverage(fiscalYear, form);
	}

	@PostMapping("/regional/years/{fiscalYear}/areas")
	@Operation(summary = "実施地域を加える")
	NetworkViews.RegionalYear addArea(@PathVariable int fiscalYear, @Valid @RequestBody NetworkForms.NewArea form) {
		return network.addArea(fiscalYear, form);
	}

	@PutMapping("/regional/areas/{id}")
	@Operation(summary = "実施地域の名称・実施者・拠点を直す。古い version は 409")
	NetworkViews.RegionalYear editArea(@PathVariable UUID id, @Valid @RequestBody NetworkForms.EditArea form) {
		return network.editArea(id, form);
	}

	@PostMapping("/regional/areas/{id}/end")
	@Operation(summary = "実施地域を終了する（削除せず終了日を残す。一部の地域で実施する年度は2地域以上が残ること、422 REGIONAL_AREAS_TOO_FEW）。古い version は 409")
	NetworkViews.RegionalYear endArea(@PathVariable UUID id, @Valid @RequestBody NetworkForms.AreaEnd form) {
		return network.endArea(id, form);
	}

	@GetMapping("/regional/promoters/{id}")
	@Operation(summary = "相談支援包括化推進員")
	NetworkViews.Promoter promoter(@PathVariable UUID id) {
		return network.promoter(id);
	}

	@PutMapping("/regional/promoters/{id}")
	@Operation(summary = "相談支援包括化推進員を直す、または配置を終える（untilDate）。古い version は 409")
	NetworkViews.Promoter editPromoter(@PathVariable UUID id, @Valid @RequestBody NetworkForms.EditPromoter form) {
		return network.editPromoter(id, form);
	}

	@PostMapping("/regional/promoters")
	@Operation(summary = "相談支援包括化推進員を名簿に加える（資格・経験、配置先）")
	ResponseEntity<NetworkViews.Promoter> addPromoter(@Valid @RequestBody NetworkForms.NewPromoter form) {
		NetworkViews.Promoter p = network.addPromoter(form);
		return ResponseEntity.created(URI.create("/api/v1/network/regional")).body(p);
	}

	@PostMapping("/regional/meetings")
	@Operation(summary = "相談支援包括化推進会議（または担当者会議）を記録する（議題は (ア)〜(オ)）")
	ResponseEntity<NetworkViews.Meeting> addPromotionMeeting(@Valid @RequestBody NetworkForms.NewMeeting form) {
		NetworkViews.Meeting m = network.addPromotionMeeting(form);
		return ResponseEntity.created(URI.create("/api/v1/network/regional")).body(m);
	}

	@PostMapping("/regional/goals")
	@Operation(summary = "成果目標を立てる（年度開始前まで。開始後は 422 GOAL_AFTER_YEAR_START）")
	ResponseEntity<NetworkViews.Goal> addGoal(@Valid @RequestBody NetworkForms.NewGoal form) {
		NetworkViews.Goal g = network.addGoal(form);
		return ResponseEntity.created(URI.create("/api/v1/network/regional/goals/" + g.id())).body(g);
	}

	@GetMapping("/regional/goals/{id}")
	@Operation(summary = "成果目標")
	NetworkViews.Goal goal(@PathVariable UUID id) {
		return network.goal(id);
	}

	@PostMapping("/regional/goals/{id}/achievement")
	@Operation(summary = "達成度合いを実績報告とともに報告する（年度終了後）。古い version は 409")
	NetworkViews.Goal achievement(@PathVariable UUID id, @Valid @RequestBody NetworkForms.Achievement form) {
		return network.reportAchievement(id, form);
	}
}
