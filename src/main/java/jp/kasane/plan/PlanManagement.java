package jp.kasane.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.kasane.casework.CaseForms;
import jp.kasane.casework.CaseManagement;
import jp.kasane.casework.CaseState;
import jp.kasane.casework.CaseView;
import jp.kasane.organization.OrganizationManagement;
import jp.kasane.shared.Actor;
import jp.kasane.shared.ActorContext;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.InvalidField;
import jp.kasane.shared.NotFoundException;
import jp.kasane.shared.RuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Support plans: drafting a version, correcting the draft, and adopting it. Adoption goes through
 * the case's guarded transition (プラン採用, or 再プラン when a plan is already in force), so a plan
 * is adopted only through its held 重層的支援会議.
 */
@Service
@Transactional
public class PlanManagement {

	private static final Set<CaseState> PLANNABLE = Set.of(CaseState.ASSESSMENT, CaseState.PLANNING, CaseState.IN_SUPPORT);

	private final Plans plans;
	private final CaseManagement cases;
	private final OrganizationManagement organization;
	private final Clock clock;

	PlanManagement(Plans plans, CaseManagement cases, OrganizationManagement organization, Clock clock) {
		this.plans = plans;
		this.cases = cases;
		this.organization = organization;
		this.clock = clock;
	}

	/** Adoption refers to the conference decision and the case version the user saw. */
	public record Adoption(UUID decisionId, Integer caseVersion, Integer rowVersion) {
	}

	/** A monitoring date (モニタリング日) of a plan in force. */
	public record MonitoringDue(UUID caseId, LocalDate date) {
	}

	/** Monitoring dates from a week ago to two weeks ahead, for the start pages of the case team. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR')")
	public List<MonitoringDue> monitoringDue() {
		LocalDate today = LocalDate.now(clock);
		return plans.monitoringDue(ActorContext.require().tenantId(), today.minusDays(7), today.plusDays(14));
	}

	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR', 'CASEWORKER')")
	public List<SupportPlan> plansOf(UUID caseId) {
		cases.view(caseId);
		return plans.ofCase(ActorContext.require().tenantId(), caseId);
	}

	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR')")
	public SupportPlan draft(UUID caseId, PlanForm form) {
		Actor actor = ActorContext.require();
		CaseView c = cases.view(caseId);
		if (!PLANNABLE.contains(c.state())) {
			throw new RuleViolation("CASE_INVALID_TRANSITION", "プランはアセスメント以降の事例にだけ作成できます（現在：" + c.stateLabel() + "）");
		}
		if (plans.ofCase(actor.tenantId(), caseId).stream().anyMatch(p -> p.status() == SupportPlan.Status.DRAFT)) {
			throw new RuleViolation("PLAN_DRAFT_EXISTS", "作成中のプランがすでにあります。そのプランを編集してください");
		}
		checkAgencies(form);
		UUID id = UUID.randomUUID();
		plans.insert(actor.tenantId(), caseId, id, plans.nextVersionNo(actor.tenantId(), caseId), form);
		return plans.find(actor.tenantId(), caseId, id).orElseThrow();
	}

	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR')")
	public SupportPlan update(UUID planId, PlanForm form) {
		Actor actor = ActorContext.require();
		SupportPlan plan = load(actor, planId);
		if (plan.status() != SupportPlan.Status.DRAFT) {
			throw new RuleViolation("PLAN_ADOPTED_READ_ONLY", "採用済みのプランは変更できません。再プランとして新しい版を作成してください");
		}
		checkAgencies(form);
		plans.update(actor.tenantId(), planId, form, form.rowVersion() == null ? plan.rowVersion() : form.rowVersion());
		return load(actor, planId);
	}

	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR')")
	public SupportPlan adopt(UUID planId, Adoption adoption) {
		Actor actor = ActorContext.require();
		SupportPlan plan = load(actor, planId);
		if (plan.status() != SupportPlan.Status.DRAFT) {
			throw new RuleViolation("PLAN_ADOPTED_READ_ONLY", "このプランはすでに採用されているか、旧版です");
		}
		if (adoption.caseVersion() == null) {
			throw new InvalidField("caseVersion", "事例の版（caseVersion）が必要です");
		}
		CaseView c = cases.view(plan.caseId());
		String transition = c.state() == CaseState.IN_SUPPORT ? "replan" : "adopt-plan";
		cases.transition(plan.caseId(), transition,
				new CaseForms.Transition(adoption.caseVersion(), adoption.decisionId(), null, "プラン第" + plan.versionNo() + "版"));
		plans.adopt(actor.tenantId(), plan.caseId(), planId, adoption.decisionId(), LocalDate.now(clock),
				adoption.rowVersion() == null ? plan.rowVersion() : adoption.rowVersion());
		return load(actor, planId);
	}

	private SupportPlan load(Actor actor, UUID planId) {
		UUID caseId = plans.caseOf(actor.tenantId(), planId).orElseThrow(() -> new NotFoundException("plan", planId.toString()));
		cases.view(caseId);
		return plans.find(actor.tenantId(), caseId, planId).orElseThrow();
	}

	private void checkAgencies(PlanForm form) {
		for (PlanForm.RoleForm role : form.roles()) {
			if (organization.agencyName(new AgencyId(role.agency())).isEmpty()) {
				throw new InvalidField("roles", "役割を担う機関が見つかりません");
			}
		}
	}
}
