package jp.kasane.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jp.kasane.organization.OrganizationManagement;
import jp.kasane.shared.HouseholdId;
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

/** Pages to find, register and read people and households. */
@Controller
class PersonPageController {

	private final PersonManagement people;
	private final HouseholdManagement households;
	private final OrganizationManagement organization;
	private final Clock clock;

	PersonPageController(PersonManagement people, HouseholdManagement households, OrganizationManagement organization,
			Clock clock) {
		this.people = people;
		this.households = households;
		this.organization = organization;
		this.clock = clock;
	}

	@ModelAttribute("relationships")
	Relationship[] relationships() {
		return Relationship.values();
	}

	@GetMapping("/people")
	String search(@RequestParam(defaultValue = "") String q, Model model) {
		String query = q.length() > 60 ? q.substring(0, 60) : q;
		model.addAttribute("q", query);
		List<Person> found = people.search(query);
		model.addAttribute("people", found);
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("limited", found.size() >= PersonManagement.SEARCH_LIMIT);
		return "person/search";
	}

	@GetMapping("/people/new")
	String newPerson(Model model) {
		model.addAttribute("form", PersonForm.empty());
		return "person/form";
	}

	@PostMapping("/people")
	String register(@Valid @ModelAttribute("form") PersonForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			try {
				Person person = people.register(form);
				flash.addFlashAttribute("flash", person.fullName() + " さんを登録しました");
				return "redirect:/people/" + person.id();
			}
			catch (ProbableDuplicate ex) {
				model.addAttribute("duplicates", ex);
			}
			catch (InvalidField ex) {
				errors.rejectValue(ex.field(), ex.field(), ex.getMessage());
			}
		}
		return "person/form";
	}

	@GetMapping("/people/{id}")
	String show(@PathVariable String id, Model model) {
		Person person = people.get(PersonId.of(id));
		model.addAttribute("person", person);
		model.addAttribute("registeredBy", organization.agencyName(person.registeredBy()).orElse("―"));
		model.addAttribute("age", person.ageOn(LocalDate.now(clock)));
		List<Membership> memberships = households.membershipsOf(person.id());
		model.addAttribute("memberships", memberships);
		model.addAttribute("householdLabels", memberships.stream()
			.collect(java.util.stream.Collectors.toMap(m -> m.household(), m -> households.label(m.household()), (a, b) -> a)));
		model.addAttribute("today", LocalDate.now(clock));
		return "person/show";
	}

	@GetMapping("/people/{id}/edit")
	String edit(@PathVariable String id, Model model) {
		Person person = people.get(PersonId.of(id));
		model.addAttribute("personId", person.id());
		model.addAttribute("form", PersonForm.of(person));
		return "person/form";
	}

	@PostMapping("/people/{id}")
	String update(@PathVariable String id, @Valid @ModelAttribute("form") PersonForm form, BindingResult errors,
			Model model, RedirectAttributes flash) {
		PersonId personId = PersonId.of(id);
		model.addAttribute("personId", personId);
		if (!errors.hasErrors()) {
			try {
				people.update(personId, form);
				flash.addFlashAttribute("flash", "訂正を保存しました");
				return "redirect:/people/" + personId;
			}
			catch (InvalidField ex) {
				errors.rejectValue(ex.field(), ex.field(), ex.getMessage());
			}
			catch (OptimisticLockingFailureException ex) {
				errors.reject("STALE_VERSION", "他の人が先に更新しました。入力内容を控えてから画面を開き直してください");
			}
		}
		return "person/form";
	}

	@GetMapping("/households/new")
	String newHousehold(@RequestParam UUID person, Model model) {
		Person first = people.get(new PersonId(person));
		model.addAttribute("first", first);
		model.addAttribute("form", new HouseholdForm(first.familyName() + "世帯", first.postalCode(), first.address(),
				person, Relationship.HEAD, LocalDate.now(clock)));
		return "person/household-form";
	}

	@PostMapping("/households")
	String createHousehold(@Valid @ModelAttribute("form") HouseholdForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			try {
				HouseholdId id = households.create(form);
				flash.addFlashAttribute("flash", "世帯を登録しました");
				return "redirect:/households/" + id;
			}
			catch (InvalidField ex) {
				errors.rejectValue(ex.field(), ex.field(), ex.getMessage());
			}
		}
		if (form.firstMember() != null) {
			model.addAttribute("first", people.get(new PersonId(form.firstMember())));
		}
		return "person/household-form";
	}

	@GetMapping("/households/{id}")
	String household(@PathVariable String id, @RequestParam(defaultValue = "") String q, Model model) {
		HouseholdId householdId = HouseholdId.of(id);
		model.addAttribute("view", households.view(householdId));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("q", q);
		if (!q.isBlank()) {
			model.addAttribute("candidates", people.search(q.length() > 60 ? q.substring(0, 60) : q));
		}
		return "person/household";
	}

	@PostMapping("/households/{id}/members")
	String addMember(@PathVariable String id, @RequestParam(required = false) UUID person,
			@RequestParam(required = false) Relationship relationship, @RequestParam(required = false) LocalDate joinedOn,
			RedirectAttributes flash) {
		HouseholdId householdId = HouseholdId.of(id);
		if (person == null || relationship == null || joinedOn == null) {
			flash.addFlashAttribute("memberError", "加える人・続柄・加わった日をすべて入力してください");
			return "redirect:/households/" + householdId;
		}
		try {
			households.addMember(householdId, new MemberForm(person, relationship, joinedOn));
			flash.addFlashAttribute("flash", "世帯員を加えました");
		}
		catch (InvalidField ex) {
			flash.addFlashAttribute("memberError", ex.getMessage());
		}
		return "redirect:/households/" + householdId;
	}

	@PostMapping("/households/{id}/members/{membership}/leave")
	String leave(@PathVariable String id, @PathVariable UUID membership, @RequestParam(required = false) LocalDate leftOn,
			@RequestParam(required = false) String reason, RedirectAttributes flash) {
		HouseholdId householdId = HouseholdId.of(id);
		if (leftOn == null) {
			flash.addFlashAttribute("memberError", "世帯を離れた日を入力してください");
			return "redirect:/households/" + householdId;
		}
		String why = reason == null ? null : (reason.length() > 100 ? reason.substring(0, 100) : reason);
		if (!jp.kasane.shared.SafeTextValidator.isSafe(why)) {
			flash.addFlashAttribute("memberError", "理由にHTMLタグやスクリプトのような文字列は入力できません");
			return "redirect:/households/" + householdId;
		}
		try {
			households.leave(householdId, membership, new LeaveForm(leftOn, why));
			flash.addFlashAttribute("flash", "世帯を離れた記録を残しました（履歴に表示されます）");
		}
		catch (InvalidField | RuleViolation ex) {
			flash.addFlashAttribute("memberError", ex.getMessage());
		}
		return "redirect:/households/" + householdId;
	}
}
