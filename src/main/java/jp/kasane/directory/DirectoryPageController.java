package jp.kasane.directory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Validator;
import jp.kasane.shared.AccessRefused;
import jp.kasane.shared.InvalidField;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages to search the directory, open a place, and (maintainers) register and change places. */
@Controller
class DirectoryPageController {

	private final DirectoryManagement directory;
	private final Validator validator;

	DirectoryPageController(DirectoryManagement directory, Validator validator) {
		this.directory = directory;
		this.validator = validator;
	}

	@GetMapping("/directory")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String target,
			@RequestParam(required = false) String area, @RequestParam(required = false) String day,
			@RequestParam(required = false) String time, Model model) {
		DirectorySearch search = new DirectorySearch(q, target, area, day, time);
		Map<String, String> errors = new HashMap<>();
		List<Place> places = List.of();
		try {
			places = directory.search(search);
		}
		catch (InvalidField ex) {
			errors.put(ex.field(), ex.getMessage());
		}
		model.addAttribute("search", search);
		model.addAttribute("searchErrors", errors);
		model.addAttribute("places", places);
		model.addAttribute("asked", q != null || target != null || area != null || day != null || time != null);
		fillChoices(model);
		return "directory/search";
	}

	/** The HSDS 3 export for a signed-in page user (the API's is for HTTP Basic clients); same redaction. */
	@GetMapping("/directory/hsds.json")
	org.springframework.http.ResponseEntity<String> export() {
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.header("Content-Disposition", "attachment; filename=\"kasane-directory-hsds.json\"")
			.body(directory.exportHsds().toString());
	}

	@GetMapping("/directory/{id}")
	String show(@PathVariable UUID id, Model model) {
		Place place = directory.get(id);
		model.addAttribute("place", place);
		model.addAttribute("mayEdit", directory.mayMaintain() && (!place.confidential() || directory.seesConfidentialAddresses()));
		return "directory/place";
	}

	@GetMapping("/directory/new")
	String newForm(Model model) {
		requireMaintainer();
		model.addAttribute("form", PlacePageForm.empty());
		fillForm(model, null);
		return "directory/form";
	}

	@PostMapping("/directory")
	String create(@ModelAttribute("form") PlacePageForm page, BindingResult errors, Model model, RedirectAttributes flash) {
		PlaceForm form = page.toForm(validator, errors);
		if (form != null) {
			try {
				Place place = directory.create(form);
				flash.addFlashAttribute("flash", "「" + place.name() + "」を登録しました");
				return "redirect:/directory/" + place.id();
			}
			catch (InvalidField ex) {
				errors.rejectValue(fieldOf(ex), ex.field(), ex.getMessage());
			}
			catch (AccessRefused ex) {
				errors.reject(ex.code(), ex.getMessage());
			}
		}
		fillForm(model, null);
		return "directory/form";
	}

	@GetMapping("/directory/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		requireMaintainer();
		Place place = directory.get(id);
		model.addAttribute("form", PlacePageForm.of(place));
		fillForm(model, place.id());
		return "directory/form";
	}

	@PostMapping("/directory/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("form") PlacePageForm page, BindingResult errors, Model model,
			RedirectAttributes flash) {
		PlaceForm form = page.toForm(validator, errors);
		if (form != null) {
			try {
				Place place = directory.update(id, form);
				flash.addFlashAttribute("flash", "「" + place.name() + "」を保存しました");
				return "redirect:/directory/" + place.id();
			}
			catch (InvalidField ex) {
				errors.rejectValue(fieldOf(ex), ex.field(), ex.getMessage());
			}
			catch (AccessRefused ex) {
				errors.reject(ex.code(), ex.getMessage());
			}
			catch (OptimisticLockingFailureException ex) {
				errors.reject("STALE_VERSION", "他の人が先に更新しました。画面を開き直してからやり直してください");
			}
		}
		fillForm(model, id);
		return "directory/form";
	}

	private void requireMaintainer() {
		if (!directory.mayMaintain()) {
			throw new org.springframework.security.access.AccessDeniedException(DirectoryPolicy.MAINTAINERS);
		}
	}

	/** schedules[2] → schedules: the page has one field per form component. */
	private static String fieldOf(InvalidField ex) {
		return ex.field().replaceFirst("[\\[.].*$", "");
	}

	private void fillChoices(Model model) {
		model.addAttribute("kinds", PlaceKind.values());
		model.addAttribute("targets", Target.values());
		model.addAttribute("areas", directory.areas());
		model.addAttribute("mayMaintain", directory.mayMaintain());
	}

	private void fillForm(Model model, UUID placeId) {
		fillChoices(model);
		model.addAttribute("placeId", placeId);
		model.addAttribute("seesConfidential", directory.seesConfidentialAddresses());
	}
}
