package jp.kasane.housing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jp.kasane.casework.CaseManagement;
import jp.kasane.casework.CaseState;
import jp.kasane.casework.CaseView;
import jp.kasane.organization.Agency;
import jp.kasane.organization.OrganizationManagement;
import jp.kasane.person.PersonManagement;
import jp.kasane.plan.PlanManagement;
import jp.kasane.plan.SupportPlan;
import jp.kasane.shared.Actor;
import jp.kasane.shared.ActorContext;
import jp.kasane.shared.InvalidField;
import jp.kasane.shared.PersonId;
import jp.kasane.shared.Role;
import jp.kasane.shared.RuleViolation;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of 居住継続支援: the municipality's checklist with what is missing and the people in
 * 居住継続支援 ({@code /housing}), and a case's 居住継続支援 with its follow-ups ({@code /cases/{id}/housing}).
 */
@Controller
class HousingPageController {

	private static final Set<CaseState> OPEN = Set.of(CaseState.INTAKE, CaseState.ASSESSMENT, CaseState.PLANNING,
			CaseState.IN_SUPPORT);

	private final HousingManagement housing;
	private final CaseManagement cases;
	private final PersonManagement people;
	private final OrganizationManagement organization;
	private final PlanManagement plans;
	private final Validator validator;
	private final Clock clock;

	HousingPageController(HousingManagement housing, CaseManagement cases, PersonManagement people,
			OrganizationManagement organization, PlanManagement plans, Validator validator, Clock clock) {
		this.housing = housing;
		this.cases = cases;
		this.people = people;
		this.organization = organization;
		this.plans = plans;
		this.validator = validator;
		this.clock = clock;
	}

	@GetMapping("/housing")
	String overview(Model model) {
		fillOverview(model, housing.prerequisites(), Map.of());
		return "housing/overview";
	}

	@PostMapping("/housing/prerequisites")
	String save(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes flash) {
		if (!ActorContext.require().has(Role.MUNICIPAL_STAFF)) {
			// Refuse before reading the form, so that others get the same 403 whatever they send.
			throw new AccessDeniedException("only municipal staff edit the housing checklist");
		}
		Map<String, String> errors = new LinkedHashMap<>();
		List<HousingForms.MeasureForm> measures = new ArrayList<>();
		PrerequisiteMeasure[] all = PrerequisiteMeasure.values();
		for (int i = 0; i < all.length; i++) {
			PrerequisiteMeasure m = all[i];
			LocalDate doneOn = date(params.getFirst("doneOn_" + m.name()), "measures[" + i + "].doneOn", errors);
			measures.add(new HousingForms.MeasureForm(m, params.containsKey("done_" + m.name()), doneOn,
					params.getFirst("evidence_" + m.name())));
		}
		List<HousingForms.ActivityForm> activities = new ArrayList<>();
		SetupActivity[] steps = SetupActivity.values();
		for (int i = 0; i < steps.length; i++) {
			ActivityStatus status = null;
			try {
				status = ActivityStatus.valueOf(String.valueOf(params.getFirst("status_" + steps[i].name())));
			}
			catch (IllegalArgumentException ex) {
				errors.put("activities[" + i + "].status", "状況を選んでください");
			}
			activities.add(new HousingForms.ActivityForm(steps[i], status, params.getFirst("note_" + steps[i].name())));
		}
		Integer version = null;
		try {
			version = Integer.valueOf(String.valueOf(params.getFirst("version")));
		}
		catch (NumberFormatException ex) {
			errors.put("version", "画面を開き直してから保存してください");
		}
		HousingForms.PrerequisitesForm form = new HousingForms.PrerequisitesForm(version, measures, activities);
		for (ConstraintViolation<HousingForms.PrerequisitesForm> v : validator.validate(form)) {
			errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage());
		}
		if (errors.isEmpty()) {
			try {
				Prerequisites saved = housing.updatePrerequisites(form);
				flash.addFlashAttribute("flash", "チェックリストを保存しました（" + (saved.decision().allowed() ? "居住継続支援を利用できます"
						: "未実施の基本的な取組があります") + "）");
				return "redirect:/housing";
			}
			catch (InvalidField ex) {
				errors.put(ex.field(), ex.getMessage());
			}
			catch (OptimisticLockingFailureException ex) {
				errors.put("version", "他の人が先にチェックリストを保存しました。画面を開き直して最新の内容を確認してから保存してください");
			}
		}
		Prerequisites current = housing.prerequisites();
		Prerequisites submitted = new Prerequisites(
				measures.stream().map(m -> new Prerequisites.Measure(m.measure(), m.done(), m.doneOn(), m.evidence())).toList(),
				activities.stream().map(a -> new Prerequisites.Activity(a.activity(),
						a.status() == null ? ActivityStatus.NOT_STARTED : a.status(), a.note())).toList(),
				version == null ? current.version() : version, current.decision());
		fillOverview(model, submitted, errors);
		return "housing/overview";
	}

	@GetMapping("/cases/{caseId}/housing")
	String casePage(@PathVariable UUID caseId, Model model) {
		LocalDate today = LocalDate.now(clock);
		Map<String, String> values = new HashMap<>();
		values.put("conferenceHeldOn", today.toString());
		values.put("situation", HousingSituation.MOVED_IN.name());
		values.put("firstFollowUpOn", today.plusDays(7).toString());
		fillCase(model, caseId, values, Map.of(), null, Map.of(), Map.of());
		return "housing/case";
	}

	@PostMapping("/cases/{caseId}/housing")
	String start(@PathVariable UUID caseId, @Valid @ModelAttribute("form") HousingForms.NewHousingSupport form,
			BindingResult result, @RequestParam Map<String, String> raw, Model model, RedirectAttributes flash) {
		Map<String, String> errors = errors(result);
		if (errors.isEmpty()) {
			try {
				housing.start(caseId, form);
				flash.addFlashAttribute("flash", "居住継続支援を開始しました。フォローアップの予定日に訪問・連絡を記録してください");
				return "redirect:/cases/" + caseId + "/housing";
			}
			catch (InvalidField ex) {
				errors.put(ex.field(), ex.getMessage());
			}
			catch (RuleViolation ex) {
				errors.put("rule", ex.getMessage());
			}
		}
		fillCase(model, caseId, raw, errors, null, Map.of(), Map.of());
		return "housing/case";
	}

	@PostMapping("/housing/{id}/follow-ups")
	String followUp(@PathVariable UUID id, @Valid @ModelAttribute("followUp") HousingForms.NewFollowUp form,
			BindingResult result, @RequestParam Map<String, String> raw, Model model, RedirectAttributes flash) {
		HousingSupport support = housing.get(id);
		Map<String, String> errors = errors(result);
		if (errors.isEmpty()) {
			try {
				housing.recordFollowUp(id, form);
				flash.addFlashAttribute("flash", "フォローアップを記録しました（次回：" + form.nextOn() + "）");
				return "redirect:/cases/" + support.caseId() + "/housing";
			}
			catch (InvalidField ex) {
				errors.put(ex.field(), ex.getMessage());
			}
			catch (RuleViolation ex) {
				errors.put("rule", ex.getMessage());
			}
		}
		fillCase(model, support.caseId(), Map.of(), Map.of(), id, raw, errors);
		return "housing/case";
	}

	private void fillOverview(Model model, Prerequisites p, Map<String, String> errors) {
		Actor actor = ActorContext.require();
		model.addAttribute("p", p);
		model.addAttribute("problems", errors);
		model.addAttribute("mayEdit", actor.has(Role.MUNICIPAL_STAFF));
		model.addAttribute("statuses", ActivityStatus.values());
		List<HousingSupport> supports = housing.supports();
		model.addAttribute("supports", supports);
		model.addAttribute("names", names(supports));
		model.addAttribute("today", LocalDate.now(clock));
	}

	private void fillCase(Model model, UUID caseId, Map<String, String> values, Map<String, String> errors, UUID followUpFor,
			Map<String, String> followUpValues, Map<String, String> followUpErrors) {
		Actor actor = ActorContext.require();
		CaseHousing ch = housing.ofCase(caseId);
		CaseView c = cases.view(caseId);
		boolean decides = actor.has(Role.MUNICIPAL_STAFF) || actor.has(Role.COORDINATOR);
		Map<UUID, String> names = new LinkedHashMap<>();
		c.people().forEach(p -> names.put(p, people.get(new PersonId(p)).fullName()));
		Set<UUID> started = ch.supports().stream().map(HousingSupport::personId).collect(Collectors.toSet());
		model.addAttribute("ch", ch);
		model.addAttribute("c", c);
		// 居住継続支援 is an element of the case's plan: show the version in force beside it.
		model.addAttribute("plan", plans.plansOf(caseId).stream().filter(p -> p.status() == SupportPlan.Status.ADOPTED)
			.findFirst().orElse(null));
		model.addAttribute("names", names);
		model.addAttribute("candidates", c.people().stream().filter(p -> !started.contains(p)).toList());
		model.addAttribute("mayStart", decides && ch.prerequisites().allowed() && OPEN.contains(c.state()));
		model.addAttribute("decides", decides);
		model.addAttribute("decisions", decides ? cases.decisionsFor(caseId).stream().filter(d -> d.multiLayered() && d.held()).toList()
				: List.of());
		model.addAttribute("agencyNames", organization.agencies().stream().collect(Collectors.toMap(a -> a.id().value(), Agency::name)));
		model.addAttribute("situations", HousingSituation.values());
		model.addAttribute("methods", FollowUpMethod.values());
		model.addAttribute("values", values);
		model.addAttribute("problems", errors);
		model.addAttribute("followUpFor", followUpFor);
		model.addAttribute("followUpValues", followUpValues);
		model.addAttribute("followUpErrors", followUpErrors);
		model.addAttribute("today", LocalDate.now(clock));
	}

	private Map<UUID, String> names(List<HousingSupport> supports) {
		Map<UUID, String> names = new HashMap<>();
		supports.forEach(s -> names.computeIfAbsent(s.personId(), p -> people.get(new PersonId(p)).fullName()));
		return names;
	}

	private static Map<String, String> errors(BindingResult result) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError e : result.getFieldErrors()) {
			errors.putIfAbsent(e.getField(), e.isBindingFailure() ? bindingFailure(e) : e.getDefaultMessage());
		}
		result.getGlobalErrors().forEach(e -> errors.putIfAbsent("rule", e.getDefaultMessage()));
		return errors;
	}

	private static String bindingFailure(FieldError e) {
		List<String> codes = e.getCodes() == null ? List.of() : List.of(e.getCodes());
		if (codes.contains("typeMismatch.java.time.LocalDate")) {
			return "日付の形式が正しくありません（例：2026-04-01）";
		}
		return "選択肢から選んでください";
	}

	private static LocalDate date(String text, String field, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put(field, "日付の形式が正しくありません（例：2026-04-01）");
			return null;
		}
	}
}
