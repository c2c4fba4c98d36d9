package jp.kasane.outreach;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST API of アウトリーチ等を通じた継続的支援. */
@RestController
@RequestMapping("/api/v1/outreach")
@Tag(name = "outreach", description = "アウトリーチ等を通じた継続的支援：把握・情報収集・働きかけ・関係性の段階・多機関協働へのつなぎ")
class OutreachApiController {

	private final OutreachManagement outreach;

	OutreachApiController(OutreachManagement outreach) {
		this.outreach = outreach;
	}

	@GetMapping
	@Operation(summary = "アウトリーチの対象の一覧（自機関の記録。市町村は全件、支援会議の誓約済み構成員は議題の人）",
			description = "段階、最終接触からの日数、次回の予定日（予定日を過ぎたものは overdue）")
	List<OutreachView.Summary> list() {
		return outreach.list();
	}

	@PostMapping
	@Operation(summary = "アウトリーチの対象を登録（把握）",
			description = "person（自機関が登録済みの人）か newPerson（新規登録。登録した機関だけが閲覧できる）のどちらか。"
					+ "登録できるのはアウトリーチ事業者と市町村")
	@ApiResponse(responseCode = "201", description = "登録した")
	@ApiResponse(responseCode = "400", description = "入力の誤り（errors に項目と理由）")
	@ApiResponse(responseCode = "409", description = "PROBABLE_DUPLICATE（名寄せ）")
	@ApiResponse(responseCode = "422", description = "OUTREACH_AGENCY_ONLY, OUTREACH_EXISTS")
	ResponseEntity<OutreachView> register(@Valid @RequestBody OutreachForms.NewOutreach form) {
		OutreachView view = outreach.register(form);
		return ResponseEntity.created(URI.create("/api/v1/outreach/" + view.id())).body(view);
	}

	@GetMapping("/{id}")
	@Operation(summary = "アウトリーチの記録（情報源・把握した情報・働きかけ・段階の履歴・最終接触からの日数）",
			description = "閲覧の根拠がなければ 404（存在するかどうかも答えない）")
	@ApiResponse(responseCode = "404", description = "存在しないか、閲覧の根拠がない")
	OutreachView view(@PathVariable UUID id) {
		return outreach.view(id);
	}

	@PostMapping("/{id}/attempts")
	@Operation(summary = "働きかけ（訪問・手紙・電話・同行・関係者経由）を記録",
			description = "未来の日付や把握した日より前の日付は 400。nextContactOn で次回の予定を設定")
	OutreachView attempt(@PathVariable UUID id, @Valid @RequestBody OutreachForms.Attempt form) {
		return outreach.recordAttempt(id, form);
	}

	@PostMapping("/{id}/notes")
	@Operation(summary = "把握した情報を記録（情報収集）")
	OutreachView note(@PathVariable UUID id, @Valid @RequestBody OutreachForms.Note form) {
		return outreach.addNote(id, form);
	}

	@PostMapping("/{id}/stage")
	@Operation(summary = "関係性の段階を変更（理由必須、後戻りも記録）",
			description = "接触以降は接触できた働きかけ、相談につながる以降は本人同意、支援へは多機関協働の事例が必要。版が古ければ 409")
	@ApiResponse(responseCode = "409", description = "STALE_VERSION")
	@ApiResponse(responseCode = "422", description = "CONTACT_REQUIRED, CONSENT_REQUIRED, CASE_REQUIRED, STAGE_UNCHANGED, OUTREACH_CLOSED")
	OutreachView stage(@PathVariable UUID id, @Valid @RequestBody OutreachForms.StageChange form) {
		return outreach.changeStage(id, form);
	}

	@PostMapping("/{id}/plan")
	@Operation(summary = "次回の働きかけの予定日を設定・解除")
	OutreachView plan(@PathVariable UUID id, @Valid @RequestBody OutreachForms.Plan form) {
		return outreach.plan(id, form);
	}

	@PostMapping("/{id}/case")
	@Operation(summary = "多機関協働へつなぐ（本人同意が必要）",
			description = "caseId がなければ新しい事例へ紹介し（POST /api/v1/cases と同じ）、あればその事例を紐づける。"
					+ "supportDecision でその事例のアウトリーチの支援決定も紐づける")
	@ApiResponse(responseCode = "422", description = "CONSENT_REQUIRED")
	OutreachView linkCase(@PathVariable UUID id, @Valid @RequestBody OutreachForms.CaseLink form) {
		return outreach.linkCase(id, form);
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "アウトリーチを終了（転居・支援へ移行など、理由つき）")
	OutreachView close(@PathVariable UUID id, @Valid @RequestBody OutreachForms.Close form) {
		return outreach.close(id, form);
	}
}
