package jp.kasane.community;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of 地域づくり: hubs, platforms, coordinators, events and the 地域課題 register. */
@RestController
@RequestMapping("/api/v1/community")
@Tag(name = "community", description = "地域づくり：拠点・プラットフォーム・コーディネーター・イベント・地域課題の台帳")
class CommunityApiController {

	private final CommunityManagement community;

	CommunityApiController(CommunityManagement community) {
		this.community = community;
	}

	@GetMapping("/hubs")
	@Operation(summary = "地域づくり事業の拠点（5事業）")
	List<CommunityViews.Hub> hubs() {
		return community.hubs();
	}

	@PostMapping("/hubs")
	@Operation(summary = "拠点を登録する（市町村・地域づくり事業者）")
	ResponseEntity<CommunityViews.Hub> addHub(@Valid @RequestBody CommunityForms.NewHub form) {
		CommunityViews.Hub hub = community.addHub(form);
		return ResponseEntity.created(URI.create("/api/v1/community/hubs/" + hub.id())).body(hub);
	}

	@GetMapping("/hubs/{id}")
	@Operation(summary = "拠点")
	CommunityViews.Hub hub(@PathVariable UUID id) {
		return community.hub(id);
	}

	@GetMapping("/hubs/{id}/standard")
	@Operation(summary = "拠点の基準の判定（地域活動支援センターの類型、地域子育て支援拠点の基準）。理由・出典・版つき、未入力の数値は missing に")
	CommunityViews.HubStandard hubStandard(@PathVariable UUID id) {
		return community.hubStandard(id);
	}

	@PutMapping("/hubs/{id}/standard-facts")
	@Operation(summary = "拠点の基準の判定に使う数（実利用人員・職員・開設日数・時間など）を設定。空欄は未入力。version が古いと 409")
	CommunityViews.HubStandard setHubFacts(@PathVariable UUID id, @Valid @RequestBody CommunityForms.HubFacts facts) {
		return community.setHubFacts(id, facts);
	}

	@PutMapping("/hubs/{id}")
	@Operation(summary = "拠点を修正する（version が古いと 409）")
	CommunityViews.Hub editHub(@PathVariable UUID id, @Valid @RequestBody CommunityForms.EditHub form) {
		return community.editHub(id, form);
	}

	@GetMapping("/platforms")
	@Operation(summary = "プラットフォーム（参加者・会合つき）")
	List<CommunityViews.Platform> platforms() {
		return community.platforms();
	}

	@PostMapping("/platforms")
	@Operation(summary = "プラットフォームを登録する")
	ResponseEntity<CommunityViews.Platform> addPlatform(@Valid @RequestBody CommunityForms.NewPlatform form) {
		CommunityViews.Platform platform = community.addPlatform(form);
		return ResponseEntity.created(URI.create("/api/v1/community/platforms/" + platform.id())).body(platform);
	}

	@GetMapping("/platforms/{id}")
	@Operation(summary = "プラットフォーム")
	CommunityViews.Platform platform(@PathVariable UUID id) {
		return community.platform(id);
	}

	@PostMapping("/platforms/{id}/members")
	@Operation(summary = "プラットフォームの参加者を加える（福祉以外の分野は種別で印がつく）")
	CommunityViews.Platform addMember(@PathVariable UUID id, @Valid @RequestBody CommunityForms.NewMember form) {
		return community.addMember(id, form);
	}

	@PostMapping("/platforms/{id}/meetings")
	@Operation(summary = "プラットフォームの会合を記録する（raisedIssue があれば地域課題として提起）")
	ResponseEntity<CommunityViews.PlatformMeeting> addMeeting(@PathVariable UUID id,
			@Valid @RequestBody CommunityForms.NewPlatformMeeting form) {
		CommunityViews.PlatformMeeting meeting = community.addPlatformMeeting(id, form);
		return ResponseEntity.created(URI.create("/api/v1/community/platforms/" + id)).body(meeting);
	}

	@GetMapping("/coordinators")
	@Operation(summary = "コーディネーター（生活支援コーディネーター第1層・第2層など）")
	List<CommunityViews.Coordinator> coordinators() {
		return community.coordinators();
	}

	@PostMapping("/coordinators")
	@Operation(summary = "コーディネーターを登録する")
	ResponseEntity<CommunityViews.Coordinator> addCoordinator(@Valid @RequestBody CommunityForms.NewCoordinator form) {
		CommunityViews.Coordinator c = community.addCoordinator(form);
		return ResponseEntity.created(URI.create("/api/v1/community/coordinators")).body(c);
	}

	@GetMapping("/events")
	@Operation(summary = "イベント（世代別の参加者数つき）。upcoming=true で今日以降")
	List<CommunityViews.Event> events(@RequestParam(defaultValue = "false") boolean upcoming) {
		return upcoming ? community.upcomingEvents() : community.events();
	}

	@PostMapping("/events")
	@Operation(summary = "イベントを記録する（拠点かプラットフォームに紐づけ、参加者数は0以上）")
	ResponseEntity<CommunityViews.Event> addEvent(@Valid @RequestBody CommunityForms.NewEvent form) {
		CommunityViews.Event e = community.addEvent(form);
		return ResponseEntity.created(URI.create("/api/v1/community/events")).body(e);
	}

	@GetMapping("/issues")
	@Operation(summary = "地域課題の台帳（status で絞り込み）。各課題を提起した会議と事例つき（事例は閲覧できる人にだけ）")
	List<CommunityViews.Issue> issues(@RequestParam(required = false) IssueStatus status) {
		return community.issues(status);
	}

	@PostMapping("/issues")
	@Operation(summary = "コーディネーター・プラットフォームなどが提起した地域課題を登録する")
	ResponseEntity<CommunityViews.Issue> raise(@Valid @RequestBody CommunityForms.NewIssue form) {
		CommunityViews.Issue issue = community.raise(form);
		return ResponseEntity.created(URI.create("/api/v1/community/issues/" + issue.id())).body(issue);
	}

	@GetMapping("/issues/{id}")
	@Operation(summary = "地域課題")
	CommunityViews.Issue issue(@PathVariable UUID id) {
		return community.issue(id);
	}

	@PutMapping("/issues/{id}")
	@Operation(summary = "地域課題の表題・内容・地域を修正する（version が古いと 409）")
	CommunityViews.Issue editIssue(@PathVariable UUID id, @Valid @RequestBody CommunityForms.EditIssue form) {
		return community.editIssue(id, form);
	}

	@PostMapping("/issues/{id}/status")
	@Operation(summary = "地域課題の状態を進める（提起→検討中→対応中→新たな資源ができた／見送り）。古い version は 409")
	CommunityViews.Issue changeStatus(@PathVariable UUID id, @Valid @RequestBody CommunityForms.StatusChange form) {
		return community.changeStatus(id, form);
	}

	@GetMapping("/issues/unregistered")
	@Operation(summary = "台帳にまだない会議の地域課題（議題の役割Cの決定。支援会議のものは含まない）")
	List<CommunityViews.Unregistered> unregistered() {
		return community.unregisteredDecisions();
	}

	@PostMapping("/issues/import")
	@Operation(summary = "会議の地域課題（役割Cの決定）を新しい地域課題として取り込む")
	ResponseEntity<CommunityViews.Issue> importDecision(@Valid @RequestBody CommunityForms.ImportDecision form) {
		CommunityViews.Issue issue = community.importDecision(form);
		return ResponseEntity.created(URI.create("/api/v1/community/issues/" + issue.id())).body(issue);
	}

	@PostMapping("/issues/{id}/links")
	@Operation(summary = "同じ地域課題が別の会議でも提起されたとき、その決定を既存の地域課題に紐づける")
	CommunityViews.Issue link(@PathVariable UUID id, @Valid @RequestBody CommunityForms.LinkDecision form) {
		return community.linkDecision(id, form);
	}
}
