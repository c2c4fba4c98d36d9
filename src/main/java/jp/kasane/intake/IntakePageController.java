package jp.kasane.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jp.kasane.organization.Agency;
import jp.kasane.organization.OrganizationManagement;
import jp.kasane.person.PersonManagement;
import jp.kasane.shared.InvalidField;
import jp.kasane.shared.PersonId;
import jp.kasane.shared.RuleViolation;
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

/** Pages to record a consultation, refer a person on, and answer referrals. */
@Controller
class IntakePageController {

	private final IntakeManagement intake;
	private final PersonManagement people;
	private final OrganizationManagement organization;
	private final Clock clock;

	IntakePageController(IntakeManagement intake, PersonManagement people, OrganizationManagement organization, Clock clock) {
		this.intake = intake;
		this.people = people;
		this.organization = organization;
		this.clock = clock;
	}

	@GetMapping("/people/{id}/consultations")
	String page(@PathVariable String id, Model model) {
		PersonId person = PersonId.of(id);
		model.addAttribute("form", new IntakeForms.NewConsultation(LocalDate.now(clock), Channel.VISIT_TO_OFFICE,
				Consulter.SELF, null, List.of(), "", false, Outcome.CONTINUE_HERE));
		model.addAttribute("referral", new IntakeForms.NewReferral(null, null, ""));
		fill(model, person);
		return "intake/consultations";
	}

	@PostMapping("/people/{id}/consultations")
	String record(@PathVariable String id, @Valid @ModelAttribute("form") IntakeForms.NewConsultation form,
			BindingResult errors, Model model, RedirectAttributes flash) {
		PersonId person = PersonId.of(id);
		if (!errors.hasErrors()) {
			try {
				intake.record(person, form);
				flash.addFlashAttribute("flash", "相談を記録しました（" + form.outcome().label() + "）");
				return "redirect:/people/" + person + "/consultations";
			}
			catch (InvalidField ex) {
				errors.rejectValue(ex.field(), ex.field(), ex.getMessage());
			}
		}
		model.addAttribute("referral", new IntakeForms.NewReferral(null, null, ""));
		fill(model, person);
		return "intake/consultations";
	}

	@PostMapping("/people/{id}/referrals")
	String refer(@PathVariable String id, @Valid @ModelAttribute("referral") IntakeForms.NewReferral form,
			BindingResult errors, Model model, RedirectAttributes flash) {
		PersonId person = PersonId.of(id);
		if (!errors.hasErrors()) {
			try {
				intake.refer(person, form);
				flash.addFlashAttribute("flash", "つなぎを依頼しました。つなぎ先の受理・差戻しは「つなぎ」の画面で確認できます");
				return "redirect:/referrals";
			}
			catch (InvalidField ex) {
				errors.rejectValue(ex.field(), ex.field(), ex.getMessage());
			}
			catch (RuleViolation ex) {
				errors.reject(ex.code(), ex.getMessage());
			}
		}
		model.addAttribute("form", new IntakeForms.NewConsultation(LocalDate.now(clock), Channel.VISIT_TO_OFFICE,
				Consulter.SELF, null, List.of(), "", false, Outcome.CONTINUE_HERE));
		fill(model, person);
		return "intake/consultations";
	}

	@GetMapping("/referrals")
	String referrals(Model model) {
		model.addAttribute("referrals", intake.myReferrals());
		model.addAttribute("agencyNames", agencyNames());
		return "intake/referrals";
	}

	@PostMapping("/referrals/{id}/{action}")
	String act(@PathVariable UUID id, @PathVariable String action, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String reason, RedirectAttributes flash) {
		try {
			if (version == null) {
				throw new InvalidField("version", "画面を開き直してから操作してください");
			}
			if (!jp.kasane.shared.SafeTextValidator.isSafe(reason) || (reason != null && reason.length() > 1000)) {
				throw new InvalidField("reason", "理由は1000文字以内で、HTMLタグなどを含めずに入力してください");
			}
			Referral r = intake.act(id, action, new IntakeForms.ReferralAction(version, reason));
			flash.addFlashAttribute("flash", "つなぎを「" + r.status().label() + "」にしました");
		}
		catch (InvalidField | RuleViolation ex) {
			flash.addFlashAttribute("referralError", ex.getMessage());
		}
		catch (OptimisticLockingFailureException ex) {
			flash.addFlashAttribute("referralError", "他の人が先に更新しました。最新の状態を確認してください");
		}
		return "redirect:/referrals";
	}

	private void fill(Model model, PersonId person) {
		model.addAttribute("person", people.get(person));
		model.addAttribute("consultations", intake.consultationsOf(person));
		model.addAttribute("tags", intake.tags());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("consulters", Consulter.values());
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("agencies", organization.agencies().stream().filter(Agency::active).toList());
		model.addAttribute("agencyNames", agencyNames());
	}

	private java.util.Map<UUID, String> agencyNames() {
		return organization.agencies().stream().collect(Collectors.toMap(a -> a.id().value(), Agency::name));
	}
}
