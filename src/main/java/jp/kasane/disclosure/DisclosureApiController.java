package jp.kasane.disclosure;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.kasane.shared.PersonId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the 開示請求 export and the case list CSV. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "disclosure", description = "開示請求（個人情報保護法第76条）に基づく本人の記録の写し（JSON・PDF）と事例一覧CSV")
class DisclosureApiController {

	private final DisclosureManagement disclosure;

	DisclosureApiController(DisclosureManagement disclosure) {
		this.disclosure = disclosure;
	}

	@GetMapping(value = { "/people/{id}/disclosure", "/people/{id}/disclosure.json" }, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "本人の記録の写し（JSON、市町村職員のみ）", description = "構造は PersonDisclosure（format kasane.disclosure/1）。出力は監査ログに EXPORT として記録されます")
	ResponseEntity<PersonDisclosure> json(@PathVariable String id,
			@Parameter(description = "開示請求の受付番号（必須）") @RequestParam(required = false) String reference) {
		return Downloads.json(disclosure.export(PersonId.of(id), reference), false);
	}

	@GetMapping("/people/{id}/disclosure.pdf")
	@Operation(summary = "本人の記録の写し（PDF、市町村職員のみ）")
	ResponseEntity<byte[]> pdf(@PathVariable String id,
			@Parameter(description = "開示請求の受付番号（必須）") @RequestParam(required = false) String reference) {
		return Downloads.pdf(disclosure.exportPdf(PersonId.of(id), reference));
	}

	@GetMapping("/cases.csv")
	@Operation(summary = "自分が開ける事例の一覧（CSV、UTF-8 BOM付き）")
	ResponseEntity<byte[]> cases() {
		return Downloads.csv(disclosure.caseListCsv());
	}
}
