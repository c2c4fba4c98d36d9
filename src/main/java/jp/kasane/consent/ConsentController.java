package jp.kasane.consent;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jp.kasane.organization.Agency;
import jp.kasane.organization.OrganizationManagement;
import jp.kasane.person.PersonManagement;
import jp.kasane.shared.ActorContext;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.InvalidField;
import jp.kasane.shared.PersonId;
import jp.kasane.shared.RuleViolation;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Page and API for a person's consents and the sharing check. */
@Controller
@Tag(name = "consent", description = "本人同意（範囲・取得方法・撤回）と共有可否の判断")
class ConsentController {

	private final ConsentManagement consents;
	private final PersonManagement people;
	private final OrganizationManagement organization;
	private final Clock clock;

	ConsentController(ConsentManagement consents, PersonManagement people, OrganizationManagement organization, Clock clock) {
		this.consents = consents;
		this.people = people;
		this.organization = organization;
		this.clock = clock;
	}

	@GetMapping("/people/{id}/consents")
	String page(@PathVariable String id, Model model) {
		PersonId person = PersonId.of(id);
		fill(model, person);
		model.addAttribute("form", new ConsentForm(Set.of(ConsentPurpose.INFORMATION_SHARING),
				Set.of(ActorContext.require().agencyId().value()), false, ConsentMethod.WRITTEN, "", LocalDate.now(clock), null, ""));
		return "consent/consents";
	}

	@PostMapping("/people/{id}/consents")
	String record(@PathVariable String id, @Valid @ModelAttribute("form") ConsentForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		PersonId person = PersonId.of(id);
		if (!errors.hasErrors()) {
			try {
				consents.record(person, form);
				flash.addFlashAttribute("flash", "同意を記録しました");
				return "redirect:/people/" + person + "/consents";
			}
			catch (InvalidField ex) {
				errors.rejectValue(ex.field(), ex.field(), ex.getMessage());
			}
		}
		fill(model, person);
		return "consent/consents";
	}

	@PostMapping("/people/{id}/consents/{consent}/withdraw")
	String withdraw(@PathVariable String id, @PathVariable UUID consent, @RequestParam(required = false) LocalDate withdrawnOn,
			@RequestParam(required = false) String reason, RedirectAttributes flash) {
		PersonId person = PersonId.of(id);
		String why = reason == null || reason.length() <= 300 ? reason : reason.substring(0, 300);
		try {
			if (withdrawnOn == null) {
				throw new InvalidField("withdrawnOn", "撤回の日を入力してください");
			}
			if (!jp.kasane.shared.SafeTextValidator.isSafe(why)) {
				throw new InvalidField("reason", "理由にHTMLタグやスクリプトのような文字列は入力できません");
			}
			consents.withdraw(person, consent, new WithdrawalForm(withdrawnOn, why));
			flash.addFlashAttribute("flash", "同意の撤回を記録しました。以後、この同意による共有は行われません");
		}
		catch (InvalidField | RuleViolation ex) {
			flash.addFlashAttribute("withdrawError", ex.getMessage());
		}
		return "redirect:/people/" + person + "/consents";
	}

	private void fill(Model model, PersonId person) {
		model.addAttribute("person", people.get(person));
		model.addAttribute("consents", consents.consentsOf(person));
		List<Agency> agencies = organization.agencies();
		model.addAttribute("agencies", agencies);
		model.addAttribute("agencyNames", agencies.stream().collect(java.util.stream.Collectors.toMap(Agency::id, Agency::name)));
		model.addAttribute("purposes", ConsentPurpose.values());
		model.addAttribute("methods", ConsentMethod.values());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("conference", consents.mayDiscussAtConference(person));
	}

	@GetMapping(path = "/api/v1/people/{id}/consents", produces = "application/json")
	@ResponseBody
	@Operation(summary = "人の同意の一覧")
	List<Consent> list(@PathVariable String id) {
		return consents.consentsOf(PersonId.of(id));
	}

	@PostMapping(path = "/api/v1/people/{id}/consents", produces = "application/json")
	@ResponseBody
	@Operation(summary = "同意を記録（共有先の機関がこの人を閲覧できるようになる）")
	ResponseEntity<Consent> create(@PathVariable String id, @Valid @RequestBody ConsentForm form) {
		Consent consent = consents.record(PersonId.of(id), form);
		return ResponseEntity.created(URI.create("/api/v1/people/" + id + "/consents/" + consent.id())).body(consent);
	}

	@PostMapping(path = "/api/v1/people/{id}/consents/{consent}/withdraw", produces = "application/json")
	@ResponseBody
	@Operation(summary = "同意の撤回（以後の共有は直ちに止まる）")
	Consent withdrawApi(@PathVariable String id, @PathVariable UUID consent, @Valid @RequestBody WithdrawalForm form) {
		return consents.withdraw(PersonId.of(id), consent, form);
	}

	@GetMapping(path = "/api/v1/people/{id}/sharing", produces = "application/json")
	@ResponseBody
	@Operation(summary = "mayShare: この人の情報を、この機関に、この目的で共有してよいか（理由つき）")
	SharingDecision mayShare(@PathVariable String id, @RequestParam UUID agency, @RequestParam ConsentPurpose purpose) {
		PersonId person = PersonId.of(id);
		people.get(person);
		return consents.mayShare(person, new AgencyId(agency), purpose);
	}
}
