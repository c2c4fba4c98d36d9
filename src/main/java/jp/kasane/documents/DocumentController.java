package jp.kasane.documents;

import java.util.UUID;

import jp.kasane.shared.PersonId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Printable PDFs for pages and API alike (the same URLs under /api/v1 for API clients). */
@Controller
class DocumentController {

	private final DocumentService documents;

	DocumentController(DocumentService documents) {
		this.documents = documents;
	}

	@GetMapping({ "/people/{id}/application.pdf", "/api/v1/people/{id}/application.pdf" })
	ResponseEntity<byte[]> application(@PathVariable String id) {
		return pdf(documents.application(PersonId.of(id)), "application.pdf");
	}

	@GetMapping({ "/cases/{caseId}/plans/{planId}.pdf", "/api/v1/cases/{caseId}/plans/{planId}.pdf" })
	ResponseEntity<byte[]> plan(@PathVariable UUID caseId, @PathVariable UUID planId) {
		return pdf(documents.plan(caseId, planId), "plan.pdf");
	}

	@GetMapping({ "/cases/{id}/assessment.pdf", "/api/v1/cases/{id}/assessment.pdf" })
	ResponseEntity<byte[]> assessment(@PathVariable UUID id) {
		return pdf(documents.assessment(id), "assessment.pdf");
	}

	@GetMapping({ "/meetings/{id}/minutes.pdf", "/api/v1/meetings/{id}/minutes.pdf" })
	ResponseEntity<byte[]> minutes(@PathVariable UUID id) {
		return pdf(documents.minutes(id), "minutes.pdf");
	}

	private static ResponseEntity<byte[]> pdf(byte[] body, String name) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}
}
