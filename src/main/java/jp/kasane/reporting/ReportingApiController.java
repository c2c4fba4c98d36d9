package jp.kasane.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.nio.charset.StandardCharsets;

/**
 * The 実績報告 as JSON and as files. The files answer under {@code /api/v1} for API clients and under
 * {@code /reports} for the page's download links (same code, same rules, same audit).
 */
@Controller
@Tag(name = "reporting", description = "実績報告・統計（年度、事業別の件数。外部提出用は小さな値を秘匿）")
class ReportingApiController {

	private static final String PURPOSE = "庁内用 INTERNAL（市町村のみ、秘匿なし）／外部提出用 EXTERNAL（秘匿あり）。省略時は市町村 INTERNAL、それ以外 EXTERNAL";

	private final ReportingManagement reporting;

	ReportingApiController(ReportingManagement reporting) {
		this.reporting = reporting;
	}

	@GetMapping(path = "/api/v1/reports/fiscal-year/{year}", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	@Operation(summary = "年度の実績報告（JSON）。year は年度の始まる西暦（2025 = 令和7年度）")
	FiscalYearReport report(@PathVariable String year, @Parameter(description = PURPOSE) @RequestParam(required = false) String purpose) {
		return reporting.export(year, purpose);
	}

	@GetMapping({ "/api/v1/reports/fiscal-year/{year}.csv", "/reports/fiscal-year/{year}.csv" })
	@Operation(summary = "実績報告 CSV（encoding=utf-8 は BOM つき、shift_jis は Windows-31J）")
	ResponseEntity<byte[]> csv(@PathVariable String year, @Parameter(description = PURPOSE) @RequestParam(required = false) String purpose,
			@Parameter(description = "utf-8（既定）または shift_jis") @RequestParam(required = false) String encoding) {
		return file(reporting.csv(year, purpose, encoding));
	}

	@GetMapping({ "/api/v1/reports/fiscal-year/{year}.xlsx", "/reports/fiscal-year/{year}.xlsx" })
	@Operation(summary = "実績報告 Excel（事業ごとのシート）")
	ResponseEntity<byte[]> xlsx(@PathVariable String year, @Parameter(description = PURPOSE) @RequestParam(required = false) String purpose) {
		return file(reporting.xlsx(year, purpose));
	}

	@GetMapping({ "/api/v1/reports/fiscal-year/{year}.pdf", "/reports/fiscal-year/{year}.pdf" })
	@Operation(summary = "実績報告 PDF（A4の概要）")
	ResponseEntity<byte[]> pdf(@PathVariable String year, @Parameter(description = PURPOSE) @RequestParam(required = false) String purpose) {
		return file(reporting.pdf(year, purpose));
	}

	private static ResponseEntity<byte[]> file(ReportFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.filename(), StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(file.body());
	}
}
