package jp.kasane.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.kasane.casework.CaseManagement;
import jp.kasane.organization.Agency;
import jp.kasane.organization.OrganizationManagement;
import jp.kasane.shared.InvalidField;
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

/** The plan page of a case: versions, the draft form and adoption through a conference decision. */
@Controller
class PlanPageController {

	private final PlanManagement plans;
	private final CaseManagement cases;
	private final OrganizationManagement organization;

	PlanPageController(PlanManagement plans, CaseManagement cases, OrganizationManagement organization) {
		this.plans = plans;
		this.cases = cases;
		this.organization = organization;
	}

	@GetMapping("/cases/{id}/plans")
	String page(@PathVariable UUID id, Model model) {
		model.addAttribute("c", cases.view(id));
		List<SupportPlan> versions = plans.plansOf(id);
		model.addAttribute("plans", versions);
		model.addAttribute("draft", versions.stream().filter(p -> p.status() == SupportPlan.Status.DRAFT).findFirst().orElse(null));
		model.addAttribute("agencies", organization.agencies().stream().filter(Agency::active).toList());
		Map<UUID, String> names = organization.agencies().stream().collect(Collectors.toMap(a -> a.id().value(), Agency::name));
		model.addAttribute("agencyNames", names);
		model.addAttribute("decisions", cases.decisionsFor(id));
		return "plan/plans";
	}

	@PostMapping("/cases/{id}/plans")
	String save(@PathVariable UUID id, @RequestParam(required = false) UUID planId, @RequestParam(required = false) Integer rowVersion,
			@RequestParam(required = false) String personGoals, @RequestParam(required = false) String policy,
			@RequestParam(required = false) List<LocalDate> monitoringDates, @RequestParam(required = false) UUID roleAgency,
			@RequestParam(required = false) String role, @RequestParam(required = false) String tasks, RedirectAttributes flash) {
		try {
			for (String text : new String[] { personGoals, policy, role, tasks }) {
				if (text != null && (text.length() > 4000 || !SafeTextValidator.isSafe(text))) {
					throw new InvalidField("plan", "4000文字以内で、HTMLタグなどを含めずに入力してください");
				}
			}
			if (personGoals == null || personGoals.isBlank() || policy == null || policy.isBlank() || roleAgency == null
					|| role == null || role.isBlank()) {
				throw new InvalidField("plan", "本人の目標・支援の方針・役割を担う機関と役割を入力してください");
			}
			List<LocalDate> dates = monitoringDates == null ? List.of() : new ArrayList<>(monitoringDates.stream()
				.filter(java.util.Objects::nonNull).toList());
			PlanForm form = new PlanForm(personGoals, policy, dates, List.of(new PlanForm.RoleForm(roleAgency, role, tasks)),
					rowVersion);
			if (planId == null) {
				plans.draft(id, form);
			}
			else {
				plans.update(planId, form);
			}
			flash.addFlashAttribute("flash", "プランを保存しました（作成中）");
		}
		catch (InvalidField | RuleViolation ex) {
			flash.addFlashAttribute("planError", ex.getMessage());
		}
		catch (OptimisticLockingFailureException ex) {
			flash.addFlashAttribute("planError", "他の人が先にこのプランを更新しました。入力内容を控えてから画面を開き直してください");
		}
		return "redirect:/cases/" + id + "/plans";
	}

	@PostMapping("/plans/{planId}/adopt")
	String adopt(@PathVariable UUID planId, @RequestParam UUID caseId, @RequestParam(required = false) UUID decisionId,
			@RequestParam(required = false) Integer caseVersion, @RequestParam(required = false) Integer rowVersion,
			RedirectAttributes flash) {
		try {
			plans.adopt(planId, new PlanManagement.Adoption(decisionId, caseVersion, rowVersion));
			flash.addFlashAttribute("flash", "重層的支援会議の決定により、プランを採用しました");
		}
		catch (InvalidField | RuleViolation ex) {
			flash.addFlashAttribute("planError", ex.getMessage());
		}
		catch (OptimisticLockingFailureException ex) {
			flash.addFlashAttribute("planError", "他の人が先に更新しました。最新の状態を確認してください");
		}
		return "redirect:/cases/" + caseId + "/plans";
	}
}
