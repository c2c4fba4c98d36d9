package jp.kasane.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.validation.Validator;
import jp.kasane.shared.InvalidField;
import jp.kasane.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 制度ルール（こども家庭センター・拠点など） (/rules/child-care): one form per 001 別記 rule; the answer with its
 * reasons and sources appears under the form that was sent, problems beside their fields.
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

	ChildCareRulesPageController(ChildCenterStaffingRule staffing, AbuseResponseSpecialistRule abuse,
			SupportPlanAssistantRule supportPlans, UserSupportAddOnRule addOns, ChildRearingHubStandardRule hub,
			CommunityActivityCenterTypeRule activityCenter, Validator validator) {
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
		fill(model, null, null, null);
		return "rules/child-care";
	}

	@PostMapping("/rules/child-care/{rule}")
	String calculate(@PathVariable String rule, @RequestParam Map<String, String> params, Model model) {
		ChildCarePageForm form = new ChildCarePageForm(params);
		Object result = switch (rule) {
			case "child-center-staffing" -> run(form, () -> new ChildCenterStaffingRule.StaffingQuery(form.whole("childPopulation"),
					form.whole("population"), form.choice("dualRoleFullTimeStaff")), staffing::evaluate);
			case "abuse-response-specialists" -> run(form, () -> new AbuseResponseSpecialistRule.AbuseTopUpQuery(
					form.whole("childPopulation"), form.whole("abuseCases"), form.whole("nationalChildPopulation"),
					form.whole("nationalAbuseCases"), form.integer("specialistsPlaced")), abuse::evaluate);
			case "support-plan-assistants" -> run(form, () -> new SupportPlanAssistantRule.SupportPlanQuery(form.integer("plans"),
					form.whole("population")), supportPlans::evaluate);
			case "user-support-add-ons" -> run(form, () -> new UserSupportAddOnRule.AddOnQuery(form.checked("emergencyMeasures"),
					form.decimal("hoursPerDay"), form.integer("daysPerWeek"), form.integer("eveningDaysPerWeek"),
					form.decimal("eveningHoursAfter18"), form.checked("weekendOrHolidayOpening"), form.checked("outreach"),
					form.integer("consultations"), form.integer("openingDays"), form.integer("dedicatedStaff"),
					form.checked("businessPlanPublished"), form.checked("staffingRecorded")), addOns::evaluate);
			case "child-rearing-hub" -> run(form, () -> new ChildRearingHubStandardRule.HubQuery(form.hubType("hubType"),
					form.integer("daysPerWeek"), form.decimal("hoursPerDay"), form.integer("staff"),
					form.integer("lecturesPerMonth"), form.integer("activities")), hub::evaluate);
			case "community-activity-center" -> run(form, () -> new CommunityActivityCenterTypeRule.ActivityCenterQuery(
					form.decimal("dailyUsers"), form.integer("staff"), form.integer("fullTimeStaff"),
					form.integer("dedicatedStaff"), form.checked("consultationSupport"), form.integer("trackRecordYears")),
					activityCenter::evaluate);
			default -> throw new NotFoundException("rule", rule);
		};
		fill(model, rule, form, result);
		return "rules/child-care";
	}

	private <Q, A> A run(ChildCarePageForm form, Supplier<Q> read, Function<Q, A> rule) {
		Q query = read.get();
		form.validate(validator, query);
		if (!form.valid()) {
			return null;
		}
		try {
			return rule.apply(query);
		}
		catch (InvalidField ex) {
			form.reject(ex.field(), ex.getMessage());
			return null;
		}
	}

	private static void fill(Model model, String rule, ChildCarePageForm form, Object result) {
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
	}
}
