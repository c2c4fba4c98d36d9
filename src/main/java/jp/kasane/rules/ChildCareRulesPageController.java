package jp.kasane.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import jakarta.validation.Validator;
import jp.kasane.shared.FiscalYear;
import jp.kasane.shared.InvalidField;
import jp.kasane.shared.NotFoundException;
import jp.kasane.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 制度ルール（こども家庭センター・拠点など） (/rules/child-care): one form per 001 別記 rule; the answer with its
 * reasons and sources appears under the form that was sent, problems beside their fields. Each form has a 年度 (the
 * current one by the clock unless changed); the answer states the version used, and a year before the first version
 * shows the Japanese message of {@value RuleCatalog#VERSION_NOT_FOUND} on the page.
 */
@Controller
class ChildCareRulesPageController {

	static final List<String> RULES = List.of("child-center-staffing", "abuse-response-specialists",
			"support-plan-assistants", "user-support-add-ons", "child-rearing-hub", "community-activity-center");

	private final ChildCenterStaffingRule staffing;
	private final AbuseResponseSpecialistRule abuse;
	private final SupportPlanAssistantRule supportPlans;
	private final UserSupportAddOnRule addOns;
	private final ChildRearingHubStandardRule hub;
	private final CommunityActivityCenterTypeRule activityCenter;
	private final Validator validator;
	private final RuleCatalog catalog;
	private final Clock clock;

	ChildCareRulesPageController(ChildCenterStaffingRule staffing, AbuseResponseSpecialistRule abuse,
			SupportPlanAssistantRule supportPlans, UserSupportAddOnRule addOns, ChildRearingHubStandardRule hub,
			CommunityActivityCenterTypeRule activityCenter, Validator validator, RuleCatalog catalog, Clock clock) {
		this.catalog = catalog;
		this.clock = clock;
		this.staffing = staffing;
		this.abuse = abuse;
		this.supportPlans = supportPlans;
		this.addOns = addOns;
		this.hub = hub;
		this.activityCenter = activityCenter;
		this.validator = validator;
	}

	@GetMapping("/rules/child-care")
	String page(Model model) {
		fill(model, null, null, null, null, null);
		return "rules/child-care";
	}

	@PostMapping("/rules/child-care/{rule}")
	String calculate(@PathVariable String rule, @RequestParam Map<String, String> params, Model model) {
		ChildCarePageForm form = new ChildCarePageForm(params);
		Versioned versioned = new Versioned(rule, form);
		Object result = switch (rule) {
			case "child-center-staffing" -> run(versioned, () -> new ChildCenterStaffingRule.StaffingQuery(form.whole("childPopulation"),
					form.whole("population"), form.choice("dualRoleFullTimeStaff")), staffing::evaluate);
			case "abuse-response-specialists" -> run(versioned, () -> new AbuseResponseSpecialistRule.AbuseTopUpQuery(
					form.whole("childPopulation"), form.whole("abuseCases"), form.whole("nationalChildPopulation"),
					form.whole("nationalAbuseCases"), form.integer("specialistsPlaced")), abuse::evaluate);
			case "support-plan-assistants" -> run(versioned, () -> new SupportPlanAssistantRule.SupportPlanQuery(form.integer("plans"),
					form.whole("population")), supportPlans::evaluate);
			case "user-support-add-ons" -> run(versioned, () -> new UserSupportAddOnRule.AddOnQuery(form.checked("emergencyMeasures"),
					form.decimal("hoursPerDay"), form.integer("daysPerWeek"), form.integer("eveningDaysPerWeek"),
					form.decimal("eveningHoursAfter18"), form.checked("weekendOrHolidayOpening"), form.checked("outreach"),
					form.integer("consultations"), form.integer("openingDays"), form.integer("dedicatedStaff"),
					form.checked("businessPlanPublished"), form.checked("staffingRecorded")), addOns::evaluate);
			case "child-rearing-hub" -> run(versioned, () -> new ChildRearingHubStandardRule.HubQuery(form.hubType("hubType"),
					form.integer("daysPerWeek"), form.decimal("hoursPerDay"), form.integer("staff"),
					form.integer("lecturesPerMonth"), form.integer("activities")), hub::evaluate);
			case "community-activity-center" -> run(versioned, () -> new CommunityActivityCenterTypeRule.ActivityCenterQuery(
					form.decimal("dailyUsers"), form.integer("staff"), form.integer("fullTimeStaff"),
					form.integer("dedicatedStaff"), form.checked("consultationSupport"), form.integer("trackRecordYears")),
					activityCenter::evaluate);
			default -> throw new NotFoundException("rule", rule);
		};
		fill(model, rule, form, result, versioned.used, versioned.problem);
		return "rules/child-care";
	}

	/** The rule asked about and the form's 年度; after {@link #run}, the version used or why there is none. */
	private static final class Versioned {

		final String rule;
		final ChildCarePageForm form;
		RuleCatalog.VersionUsed used;
		String problem;

		Versioned(String rule, ChildCarePageForm form) {
			this.rule = rule;
			this.form = form;
		}
	}

	private <Q, A> A run(Versioned versioned, Supplier<Q> read, BiFunction<Q, RuleVersion, A> rule) {
		ChildCarePageForm form = versioned.form;
		String year = form.values().get("fiscalYear");
		try {
			RuleCatalog.parseYear(year);
		}
		catch (InvalidField ex) {
			form.reject(ex.field(), ex.getMessage());
		}
		Q query = read.get();
		form.validate(validator, query);
		if (!form.valid()) {
			return null;
		}
		try {
			RuleAnswer<A> answer = catalog.answer(versioned.rule, year, v -> rule.apply(query, v));
			versioned.used = answer.ruleVersion();
			return answer.answer();
		}
		catch (InvalidField ex) {
			form.reject(ex.field(), ex.getMessage());
			return null;
		}
		catch (RuleViolation ex) {
			versioned.problem = ex.getMessage();
			return null;
		}
	}

	private void fill(Model model, String rule, ChildCarePageForm form, Object result, RuleCatalog.VersionUsed used,
			String versionProblem) {
		Map<String, Map<String, String>> values = new LinkedHashMap<>();
		Map<String, Map<String, String>> errors = new LinkedHashMap<>();
		Map<String, Object> results = new LinkedHashMap<>();
		for (String r : RULES) {
			values.put(r, r.equals(rule) ? form.values() : Map.of());
			errors.put(r, r.equals(rule) ? form.errors() : Map.of());
			if (r.equals(rule) && result != null) {
				results.put(r, result);
			}
		}
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("results", results);
		model.addAttribute("active", rule);
		model.addAttribute("hubTypes", ChildRearingHubType.values());
		model.addAttribute("versionUsed", used);
		model.addAttribute("versionProblem", versionProblem);
		FiscalYear current = FiscalYear.of(LocalDate.now(clock));
		model.addAttribute("currentYear", current.year());
		model.addAttribute("currentYearLabel", current.label());
	}
}
