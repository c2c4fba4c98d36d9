package jp.kasane.intake;

import java.net.URI;
import java.util.List;
import java.util.Map;
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

/** REST API for consultations and referrals. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "intake", description = "包括的相談支援：相談受付・課題・つなぎ（依頼→受理／差戻し→対応中→完了）")
class IntakeApiController {

	private final IntakeManagement intake;

	IntakeApiController(IntakeManagement intake) {
		this.intake = intake;
	}

	@GetMapping("/issue-tags")
	@Operation(summary = "課題の分類")
	Map<String, String> tags() {
		return intake.tags();
	}

	@GetMapping("/people/{id}/consultations")
	@Operation(summary = "人の相談記録（機微な内容は記録機関のみ）")
	List<Consultation> consultations(@PathVariable String id) {
		return intake.consultationsOf(PersonId.of(id));
	}

	@PostMapping("/people/{id}/consultations")
	@Operation(summary = "相談を受け付ける（年齢・分野を問わず）")
	ResponseEntity<Consultation> record(@PathVariable String id, @Valid @RequestBody IntakeForms.NewConsultation form) {
		Consultation c = intake.record(PersonId.of(id), form);
		return ResponseEntity.created(URI.create("/api/v1/people/" + id + "/consultations")).body(c);
	}

	@PostMapping("/people/{id}/referrals")
	@Operation(summary = "他機関へつなぐ（本人同意が必要）")
	ResponseEntity<Referral> refer(@PathVariable String id, @Valid @RequestBody IntakeForms.NewReferral form) {
		Referral r = intake.refer(PersonId.of(id), form);
		return ResponseEntity.created(URI.create("/api/v1/referrals/" + r.id())).body(r);
	}

	@GetMapping("/referrals")
	@Operation(summary = "自機関が出した・受けたつなぎ")
	List<Referral> referrals() {
		return intake.myReferrals();
	}

	@PostMapping("/referrals/{id}/{action}")
	@Operation(summary = "つなぎ先の対応：accept（受理）, return（差戻し・理由必須）, start（対応中）, complete（完了）")
	Referral act(@PathVariable UUID id, @PathVariable String action, @Valid @RequestBody IntakeForms.ReferralAction form) {
		return intake.act(id, action, form);
	}
}
