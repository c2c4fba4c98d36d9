package jp.kasane.casework;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST API for 多機関協働 cases. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "casework", description = "多機関協働の事例：紹介受付から終結・中断・再開まで")
class CaseApiController {

	private final CaseManagement cases;

	CaseApiController(CaseManagement cases) {
		this.cases = cases;
	}

	@PostMapping("/cases")
	@Operation(summary = "多機関協働へ紹介（紹介受付）")
	ResponseEntity<CaseView> refer(@Valid @RequestBody CaseForms.Referral form) {
		CaseView view = cases.refer(form);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + view.id())).body(view);
	}

	@GetMapping("/cases/{id}")
	@Operation(summary = "事例（閲覧できる人・支援経過記録・連絡の試み・支援決定）")
	CaseView view(@PathVariable UUID id) {
		return cases.view(id);
	}

	@PostMapping("/cases/{id}/transitions/{transition}")
	@Operation(summary = "状態遷移: return-to-referrer, accept-application, start-assessment, start-planning, adopt-plan, "
			+ "replan, close, suspend, reopen。プラン採用・再プラン・終結・中断は重層的支援会議の決定（decisionId）が必要")
	CaseView transition(@PathVariable UUID id, @PathVariable String transition, @Valid @RequestBody CaseForms.Transition form) {
		return cases.transition(id, transition, form);
	}

	/** A note for the 支援経過記録. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "CaseNote")
	record Note(@jakarta.validation.constraints.NotBlank(message = "記録の内容を入力してください")
			@jakarta.validation.constraints.Size(max = 4000, message = "記録は4000文字以内です") @jp.kasane.shared.SafeText String text) {
	}

	@PostMapping("/cases/{id}/notes")
	@Operation(summary = "支援経過記録に記録を追加")
	CaseView note(@PathVariable UUID id, @Valid @RequestBody Note note) {
		return cases.addNote(id, note.text());
	}

	@PostMapping("/cases/{id}/contact-attempts")
	@Operation(summary = "本人への連絡の試み（訪問・手紙・電話・周囲からの情報）を記録")
	CaseView contactAttempt(@PathVariable UUID id, @Valid @RequestBody CaseForms.ContactAttempt form) {
		return cases.recordContactAttempt(id, form);
	}

	@PostMapping("/cases/{id}/support-decisions")
	@Operation(summary = "参加支援・アウトリーチの支援決定（市町村のみ。プラン採用前は早期開始として記録）")
	CaseView decideSupport(@PathVariable UUID id, @Valid @RequestBody CaseForms.Decision form) {
		return cases.decideSupport(id, form);
	}

	@GetMapping("/people/{id}/cases")
	@Operation(summary = "人が対象になっている事例")
	List<UUID> casesOf(@PathVariable String id) {
		return cases.casesOf(PersonId.of(id));
	}
}
