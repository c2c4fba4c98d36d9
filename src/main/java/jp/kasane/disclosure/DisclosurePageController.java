package jp.kasane.disclosure;

import jp.kasane.person.PersonManagement;
import jp.kasane.shared.PersonId;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The 開示請求 form on the person page, the downloads it leads to, and the case list CSV. */
@Controller
class DisclosurePageController {

	private final DisclosureManagement disclosure;
	private final PersonManagement people;

	DisclosurePageController(DisclosureManagement disclosure, PersonManagement people) {
		this.disclosure = disclosure;
		this.people = people;
	}

	@GetMapping("/people/{id}/disclosure")
	String form(@PathVariable String id, Model model) {
		return show(id, "", "pdf", null, model);
	}

	/** Checks the 受付番号 and sends the browser to the file; a bad one is shown beside the field. */
	@PostMapping("/people/{id}/disclosure")
	String request(@PathVariable String id, @RequestParam(required = false) String reference,
			@RequestParam(defaultValue = "pdf") String format, Model model) {
		var problem = RequestReference.problem(reference);
		if (problem.isPresent()) {
			return show(id, reference, format, problem.get(), model);
		}
		String path = "json".equals(format) ? "/people/{id}/disclosure.json" : "/people/{id}/disclosure.pdf";
		return "redirect:" + UriComponentsBuilder.fromPath(path).queryParam("reference", "{reference}")
			.buildAndExpand(PersonId.of(id).toString(), RequestReference.normalise(reference)).encode().toUriString();
	}

	@GetMapping("/people/{id}/disclosure.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String id, @RequestParam(required = false) String reference) {
		return Downloads.pdf(disclosure.exportPdf(PersonId.of(id), reference));
	}

	@GetMapping("/people/{id}/disclosure.json")
	ResponseEntity<PersonDisclosure> json(@PathVariable String id, @RequestParam(required = false) String reference) {
		return Downloads.json(disclosure.export(PersonId.of(id), reference), true);
	}

	@GetMapping("/cases.csv")
	ResponseEntity<byte[]> cases() {
		return Downloads.csv(disclosure.caseListCsv());
	}

	private String show(String id, String reference, String format, String error, Model model) {
		if (!disclosure.mayExportPeople()) {
			throw new AccessDeniedException("開示請求に基づく出力は市町村の職員が行います");
		}
		model.addAttribute("person", people.get(PersonId.of(id)));
		model.addAttribute("reference", reference == null ? "" : reference);
		model.addAttribute("format", "json".equals(format) ? "json" : "pdf");
		model.addAttribute("referenceError", error);
		return "disclosure/form";
	}
}
