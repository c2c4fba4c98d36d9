package jp.kasane.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.kasane.organization.Agency;
import jp.kasane.organization.OrganizationManagement;
import jp.kasane.person.HouseholdManagement;
import jp.kasane.person.HouseholdView;
import jp.kasane.person.Membership;
import jp.kasane.person.Person;
import jp.kasane.person.PersonManagement;
import jp.kasane.shared.ActorContext;
import jp.kasane.shared.InvalidField;
import jp.kasane.shared.PersonId;
import jp.kasane.shared.Role;
import jp.kasane.shared.RuleViolation;
import jp.kasane.shared.SafeTextValidator;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the 多機関協働 case: referral, the case with what the law asks next, and its actions. */
@Controller
class CasePageController {

	private final CaseManagement cases;
	private final PersonManagement people;
	private final HouseholdManagement households;
	private final OrganizationManagement organization;
	private final Clock clock;

	CasePageController(CaseManagement cases, PersonManagement people, HouseholdManagement households,
			OrganizationManagement organization, Clock clock) {
		this.cases = cases;
		this.people = people;
		this.households = households;
		this.organization = organization;
		this.clock = clock;
	}

	@GetMapping("/people/{id}/cases")
	String casesOfPerson(@PathVariable String id, Model model) {
		PersonId person = PersonId.of(id);
		Person subject = people.get(person);
		model.addAttribute("person", subject);
		model.addAttribute("cases", cases.casesOf(person).stream().map(cases::view).toList());
		List<Person> household = new ArrayList<>(List.of(subject));
		UUID householdId = null;
		for (Membership m : households.membershipsOf(person)) {
			if (m.current()) {
				HouseholdView view = households.view(m.household());
				householdId = m.household().value();
				view.currentMembers().stream().map(HouseholdView.Member::person).filter(p -> !p.id().equals(person))
					.forEach(household::add);
			}
		}
		model.addAttribute("candidates", household);
		model.addAttribute("householdId", householdId);
		return "casework/person-cases";
	}

	@PostMapping("/cases")
	String refer(@RequestParam(required = false) List<UUID> people, @RequestParam(required = false) UUID household,
			@RequestParam(required = false) String note, @RequestParam UUID from, RedirectAttributes flash) {
		try {
			if (people == null || people.isEmpty()) {
				throw new InvalidField("people", "紹介する人を1人以上選んでください");
			}
			safe(note, 2000);
			CaseView view = cases.refer(new CaseForms.Referral(Set.copyOf(people), household, note));
			flash.addFlashAttribute("flash", "多機関協働へ紹介しました（紹介受付）");
			return "redirect:/cases/" + view.id();
		}
		catch (InvalidField | RuleViolation ex) {
			flash.addFlashAttribute("caseError", ex.getMessage());
			return "redirect:/people/" + from + "/cases";
		}
	}

	/** 事例一覧: the cases the user may open, names only of the people they may see (each an audited read). */
	@GetMapping("/cases")
	String list(Model model) {
		List<CaseSummary> list = cases.list();
		Map<UUID, String> names = new java.util.HashMap<>();
		list.forEach(c -> c.people().forEach(p -> names.computeIfAbsent(p, id -> people.get(new PersonId(id)).fullName())));
		model.addAttribute("cases", list);
		model.addAttribute("names", names);
		model.addAttribute("agencyNames", organization.agencies().stream().collect(Collectors.toMap(a -> a.id().value(), Agency::name)));
		return "casework/cases";
	}

	@GetMapping("/cases/{id}")
	String show(@PathVariable UUID id, Model model) {
		CaseView view = cases.view(id);
		model.addAttribute("c", view);
		model.addAttribute("guidance", CaseGuidance.next(view.state()));
		model.addAttribute("people", view.people().stream().map(p -> people.get(new PersonId(p))).toList());
		Map<UUID, String> agencyNames = organization.agencies().stream()
			.collect(Collectors.toMap(a -> a.id().value(), Agency::name));
		model.addAttribute("agencyNames", agencyNames);
		model.addAttribute("agencies", organization.agencies().stream().filter(Agency::active).toList());
		boolean actor = ActorContext.require().has(Role.COORDINATOR) || ActorContext.require().has(Role.MUNICIPAL_STAFF);
		model.addAttribute("mayAct", actor);
		model.addAttribute("municipal", ActorContext.require().has(Role.MUNICIPAL_STAFF));
		model.addAttribute("decisions", actor ? cases.decisionsFor(id) : List.of());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("programs", SupportDecision.Program.values());
		return "casework/case";
	}

	@PostMapping("/cases/{id}/transitions/{transition}")
	String transition(@PathVariable UUID id, @PathVariable String transition, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) UUID decisionId, @RequestParam(required = false) UUID leadAgency,
			@RequestParam(required = false) String note, RedirectAttributes flash) {
		try {
			if (version == null) {
				throw new InvalidField("version", "画面を開き直してから操作してください");
			}
			safe(note, 2000);
			CaseView view = cases.transition(id, transition, new CaseForms.Transition(version, decisionId, leadAgency, note));
			flash.addFlashAttribute("flash", "事例を「" + view.stateLabel() + "」にしました");
		}
		catch (InvalidField | RuleViolation ex) {
			flash.addFlashAttribute("caseError", ex.getMessage());
		}
		catch (OptimisticLockingFailureException ex) {
			flash.addFlashAttribute("caseError", "他の人が先にこの事例を更新しました。最新の状態を確認してからやり直してください");
		}
		return "redirect:/cases/" + id;
	}

	@PostMapping("/cases/{id}/notes")
	String note(@PathVariable UUID id, @RequestParam(required = false) String text, RedirectAttributes flash) {
		try {
			safe(text, 4000);
			cases.addNote(id, text);
			flash.addFlashAttribute("flash", "支援経過記録に記録しました");
		}
		catch (InvalidField | RuleViolation ex) {
			flash.addFlashAttribute("caseError", ex.getMessage());
		}
		return "redirect:/cases/" + id;
	}

	@PostMapping("/cases/{id}/contact-attempts")
	String contact(@PathVariable UUID id, @RequestParam(required = false) LocalDate attemptedOn,
			@RequestParam(required = false) String method, @RequestParam(required = false) String result,
			RedirectAttributes flash) {
		try {
			if (attemptedOn == null || method == null || method.isBlank() || result == null || result.isBlank()) {
				throw new InvalidField("attempt", "日付・方法・結果をすべて入力してください");
			}
			safe(method, 40);
			safe(result, 1000);
			cases.recordContactAttempt(id, new CaseForms.ContactAttempt(attemptedOn, method, result));
			flash.addFlashAttribute("flash", "連絡の試みを記録しました");
		}
		catch (InvalidField | RuleViolation ex) {
			flash.addFlashAttribute("caseError", ex.getMessage());
		}
		return "redirect:/cases/" + id;
	}

	@PostMapping("/cases/{id}/support-decisions")
	String decide(@PathVariable UUID id, @RequestParam(required = false) SupportDecision.Program program,
			@RequestParam(required = false) UUID conferenceDecision, @RequestParam(required = false) String reason,
			RedirectAttributes flash) {
		try {
			if (program == null || reason == null || reason.isBlank()) {
				throw new InvalidField("decision", "事業と決定の理由を入力してください");
			}
			safe(reason, 1000);
			cases.decideSupport(id, new CaseForms.Decision(program, conferenceDecision, reason));
			flash.addFlashAttribute("flash", "支援決定を記録しました");
		}
		catch (InvalidField | RuleViolation ex) {
			flash.addFlashAttribute("caseError", ex.getMessage());
		}
		return "redirect:/cases/" + id;
	}

	private static void safe(String text, int max) {
		if (text != null && (text.length() > max || !SafeTextValidator.isSafe(text))) {
			throw new InvalidField("note", max + "文字以内で、HTMLタグなどを含めずに入力してください");
		}
	}
}
