package jp.kasane.housing;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST API of 居住継続支援 (別添5 4). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "housing", description = "居住継続支援：市町村の前提となる基本的な取組（5項目）と体制整備、事例ごとの居住継続支援とフォローアップ")
class HousingApiController {

	private final HousingManagement housing;

	HousingApiController(HousingManagement housing) {
		this.housing = housing;
	}

	@GetMapping("/housing/prerequisites")
	@Operation(summary = "居住支援に係る基本的な取組（①5項目）と体制整備の取組（②3項目）、居住継続支援を利用できるか（未実施の項目）")
	Prerequisites prerequisites() {
		return housing.prerequisites();
	}

	@PutMapping("/housing/prerequisites")
	@Operation(summary = "チェックリストを保存（市町村担当課のみ。①5項目と②3項目をすべて、読み込んだ version とともに送る）",
			responses = { @ApiResponse(responseCode = "200", description = "保存した内容"),
					@ApiResponse(responseCode = "400", description = "VALIDATION_FAILED（実施済みなのに実施日がない、など）"),
					@ApiResponse(responseCode = "403", description = "市町村担当課以外"),
					@ApiResponse(responseCode = "409", description = "STALE_VERSION：他の人が先に保存した") })
	Prerequisites update(@Valid @RequestBody HousingForms.PrerequisitesForm form) {
		return housing.updatePrerequisites(form);
	}

	@GetMapping("/housing/supports")
	@Operation(summary = "居住継続支援を受けている人（閲覧の根拠がある人のみ）と次回フォローアップ、前回からの日数")
	List<HousingSupport> supports() {
		return housing.supports();
	}

	@GetMapping("/housing/{id}")
	@Operation(summary = "居住継続支援（1人分）：要件、住まい、支援内容、フォローアップ")
	HousingSupport get(@PathVariable UUID id) {
		return housing.get(id);
	}

	@GetMapping("/cases/{caseId}/housing")
	@Operation(summary = "事例の居住継続支援（閲覧できる人の分）と、市町村で居住継続支援を利用できるか",
			responses = { @ApiResponse(responseCode = "200", description = "事例の居住継続支援"),
					@ApiResponse(responseCode = "404", description = "事例がない、または事例の誰についても閲覧の根拠がない") })
	CaseHousing ofCase(@PathVariable UUID caseId) {
		return housing.ofCase(caseId);
	}

	@PostMapping("/cases/{caseId}/housing")
	@Operation(summary = "重層的支援会議の判断（別添5 4(1)の2要件）に基づき、事例の1人について居住継続支援を開始（市町村・多機関協働事業者）",
			responses = { @ApiResponse(responseCode = "201", description = "開始した居住継続支援"),
					@ApiResponse(responseCode = "400", description = "VALIDATION_FAILED（項目名つき）"),
					@ApiResponse(responseCode = "404", description = "事例が見つからない、または閲覧の根拠がない"),
					@ApiResponse(responseCode = "422", description = "HOUSING_PREREQUISITES_INCOMPLETE（基本的な取組が未完了、未実施の項目を detail に列挙）、"
							+ "HOUSING_NOT_ELIGIBLE、CASE_NOT_OPEN、HOUSING_SUPPORT_EXISTS") })
	ResponseEntity<HousingSupport> start(@PathVariable UUID caseId, @Valid @RequestBody HousingForms.NewHousingSupport form) {
		HousingSupport started = housing.start(caseId, form);
		return ResponseEntity.created(URI.create("/api/v1/housing/" + started.id())).body(started);
	}

	@PostMapping("/housing/{id}/follow-ups")
	@Operation(summary = "居住継続支援のフォローアップ（訪問・連絡）と次回の予定日を記録",
			responses = { @ApiResponse(responseCode = "201", description = "記録後の居住継続支援"),
					@ApiResponse(responseCode = "400", description = "VALIDATION_FAILED（項目名つき）"),
					@ApiResponse(responseCode = "404", description = "見つからない、または閲覧の根拠がない"),
					@ApiResponse(responseCode = "422", description = "HOUSING_PREREQUISITES_INCOMPLETE") })
	ResponseEntity<HousingSupport> followUp(@PathVariable UUID id, @Valid @RequestBody HousingForms.NewFollowUp form) {
		return ResponseEntity.status(201).body(housing.recordFollowUp(id, form));
	}
}
