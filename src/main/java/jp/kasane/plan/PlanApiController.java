package jp.kasane.plan;

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

/** REST API for support plans. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "plan", description = "プラン：本人の目標・支援方針・機関の役割・モニタリング日。版ごとに会議で採用")
class PlanApiController {

	private final PlanManagement plans;

	PlanApiController(PlanManagement plans) {
		this.plans = plans;
	}

	@GetMapping("/cases/{id}/plans")
	@Operation(summary = "事例のプラン（新しい版から）")
	List<SupportPlan> plans(@PathVariable UUID id) {
		return plans.plansOf(id);
	}

	@PostMapping("/cases/{id}/plans")
	@Operation(summary = "プランの新しい版を作成（作成中は1つだけ）")
	ResponseEntity<SupportPlan> draft(@PathVariable UUID id, @Valid @RequestBody PlanForm form) {
		SupportPlan plan = plans.draft(id, form);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + plan.id())).body(plan);
	}

	@PutMapping("/plans/{id}")
	@Operation(summary = "作成中のプランを編集（rowVersion が古ければ 409）")
	SupportPlan update(@PathVariable UUID id, @Valid @RequestBody PlanForm form) {
		return plans.update(id, form);
	}

	@PostMapping("/plans/{id}/adopt")
	@Operation(summary = "重層的支援会議の決定（decisionId）でプランを採用。事例はプラン採用または再プランに進む")
	SupportPlan adopt(@PathVariable UUID id, @RequestBody PlanManagement.Adoption adoption) {
		return plans.adopt(id, adoption);
	}
}
