package jp.kasane.participation;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jp.kasane.shared.PersonId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of 参加支援: hosts and menus, a person's needs, ranked proposals, placements, follow-ups, 謝礼. */
@RestController
@RequestMapping("/api/v1/participation")
@Tag(name = "participation", description = "参加支援：受け入れ先とメニュー、マッチング（順位と理由）、定着支援、謝礼、つながり続ける")
class ParticipationApiController {

	private final ParticipationManagement participation;

	ParticipationApiController(ParticipationManagement participation) {
		this.participation = participation;
	}

	@GetMapping("/hosts")
	@Operation(summary = "受け入れ先とメニューの一覧（空き・満員は受け入れ人数から計算）")
	List<Host> hosts() {
		return participation.hosts();
	}

	@PostMapping("/hosts")
	@Operation(summary = "受け入れ先を登録（参加支援事業者・市町村）")
	ResponseEntity<Host> createHost(@Valid @RequestBody ParticipationForms.HostForm form) {
		Host host = participation.createHost(form);
		return ResponseEntity.created(URI.create("/api/v1/participation/hosts/" + host.id())).body(host);
	}

	@GetMapping("/hosts/{id}")
	@Operation(summary = "受け入れ先とそのメニュー")
	Host host(@PathVariable UUID id) {
		return participation.host(id);
	}

	@PutMapping("/hosts/{id}")
	@Operation(summary = "受け入れ先を変更（version が必要）")
	Host updateHost(@PathVariable UUID id, @Valid @RequestBody ParticipationForms.HostForm form) {
		return participation.updateHost(id, form);
	}

	@PostMapping("/hosts/{id}/menus")
	@Operation(summary = "メニュー（参加の場・働く場・学びの場・住まい）を追加：業務の切り出し、条件、曜日・時間、地域、定員、合うニーズ")
	ResponseEntity<Menu> addMenu(@PathVariable UUID id, @Valid @RequestBody ParticipationForms.MenuForm form) {
		Menu menu = participation.addMenu(id, form);
		return ResponseEntity.created(URI.create("/api/v1/participation/menus/" + menu.id())).body(menu);
	}

	@GetMapping("/menus/{id}")
	@Operation(summary = "メニュー")
	Menu menu(@PathVariable UUID id) {
		return participation.menu(id);
	}

	@PutMapping("/menus/{id}")
	@Operation(summary = "メニューを変更（version が必要）")
	Menu updateMenu(@PathVariable UUID id, @Valid @RequestBody ParticipationForms.MenuForm form) {
		return participation.updateMenu(id, form);
	}

	@GetMapping("/people/{personId}")
	@Operation(summary = "本人の参加支援（支援決定・希望・提案・受け入れ）")
	ParticipationManagement.PersonParticipation person(@PathVariable String personId) {
		return participation.of(PersonId.of(personId));
	}

	@PutMapping("/people/{personId}/needs")
	@Operation(summary = "本人の希望・ニーズ、地域、通える地域と曜日、短時間・送迎の必要を記録")
	Needs needs(@PathVariable String personId, @Valid @RequestBody ParticipationForms.NeedsForm form) {
		return participation.saveNeeds(PersonId.of(personId), form);
	}

	@GetMapping("/people/{personId}/proposals")
	@Operation(summary = "合うメニューを順位と理由つきで提案。満員や曜日の合わないメニューは最後に回す。参加支援の支援決定が必要"
			+ "（PARTICIPATION_DECISION_REQUIRED）")
	ParticipationManagement.Proposals proposals(@PathVariable String personId) {
		return participation.proposals(PersonId.of(personId));
	}

	@PostMapping("/people/{personId}/placements")
	@Operation(summary = "メニューを選んで受け入れを提案（開始日つき）。参加支援の支援決定が必要")
	ResponseEntity<Placement> place(@PathVariable String personId, @Valid @RequestBody ParticipationForms.PlacementForm form) {
		Placement placement = participation.place(PersonId.of(personId), form);
		return ResponseEntity.created(URI.create("/api/v1/participation/placements/" + placement.id())).body(placement);
	}

	@GetMapping("/placements/{id}")
	@Operation(summary = "受け入れ（状況、定着支援・つながり続けるの予定と記録、謝礼）")
	Placement placement(@PathVariable UUID id) {
		return participation.placement(id);
	}

	@PostMapping("/placements/{id}/status")
	@Operation(summary = "体験・利用中・定着へ進める。利用中にすると定着支援の予定（既定：1週間・1か月・3か月後）を作成")
	Placement status(@PathVariable UUID id, @Valid @RequestBody ParticipationForms.StatusChange form) {
		return participation.changeStatus(id, form);
	}

	@PostMapping("/follow-ups/{id}")
	@Operation(summary = "定着支援・つながり続けるの実施を記録（日付・誰と・内容）")
	Placement followUp(@PathVariable UUID id, @Valid @RequestBody ParticipationForms.FollowUpRecord form) {
		return participation.recordFollowUp(id, form);
	}

	@PostMapping("/placements/{id}/honoraria")
	@Operation(summary = "受け入れ先への謝礼（実費相当）を記録。利用中・定着、または受け入れを終えた受け入れ先だけ")
	ResponseEntity<Placement> honorarium(@PathVariable UUID id, @Valid @RequestBody ParticipationForms.HonorariumForm form) {
		return ResponseEntity.status(201).body(participation.recordHonorarium(id, form));
	}

	@PostMapping("/placements/{id}/end")
	@Operation(summary = "受け入れを終了（理由つき）。体験以降なら「つながり続ける」連絡の予定（既定：3か月ごとに1年）を作成")
	Placement end(@PathVariable UUID id, @Valid @RequestBody ParticipationForms.EndForm form) {
		return participation.end(id, form);
	}

	@GetMapping("/follow-ups/due")
	@Operation(summary = "期限の来た（または近い）定着支援・つながり続けるの予定")
	List<DueFollowUp> due(@RequestParam(defaultValue = "7") int daysAhead) {
		return participation.dueFollowUps(Math.max(0, Math.min(daysAhead, 90)));
	}
}
