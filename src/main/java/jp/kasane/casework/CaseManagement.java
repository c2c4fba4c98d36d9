package jp.kasane.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.kasane.audit.AuditAction;
import jp.kasane.audit.AuditEvent;
import jp.kasane.audit.AuditLog;
import jp.kasane.consent.ConsentManagement;
import jp.kasane.consent.ConsentPurpose;
import jp.kasane.consent.SharingDecision;
import jp.kasane.person.PersonAccess;
import jp.kasane.shared.Actor;
import jp.kasane.shared.ActorContext;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.HouseholdId;
import jp.kasane.shared.InvalidField;
import jp.kasane.shared.NotFoundException;
import jp.kasane.shared.PersonId;
import jp.kasane.shared.Role;
import jp.kasane.shared.RuleViolation;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The casework module's API: the 多機関協働 case from referral to closure. The guards live in
 * {@link SupportCase} and {@link ConferenceGuard}; this class loads what they need, checks who may
 * act, and stores the result with its timeline and audit entries.
 */
@Service
@Transactional
public class CaseManagement {

	private final SupportCases cases;
	private final HeldConferences conferences;
	private final ConsentManagement consents;
	private final jp.kasane.intake.IntakeManagement intake;
	private final PersonAccess access;
	private final AuditLog audit;
	private final Clock clock;

	CaseManagement(SupportCases cases, HeldConferences conferences, ConsentManagement consents,
			jp.kasane.intake.IntakeManagement intake, PersonAccess access, AuditLog audit, Clock clock) {
		this.cases = cases;
		this.conferences = conferences;
		this.consents = consents;
		this.intake = intake;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** 紹介受付: a user refers people they may see to 多機関協働; their agency becomes the referrer. */
	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR', 'CASEWORKER')")
	public CaseView refer(CaseForms.Referral form) {
		Actor actor = ActorContext.require();
		Set<PersonId> people = new LinkedHashSet<>();
		for (UUID id : form.people()) {
			PersonId person = new PersonId(id);
			if (access.basis(actor, person).isEmpty()) {
				throw new InvalidField("people", "選んだ人が見つかりません");
			}
			people.add(person);
		}
		SupportCase c = SupportCase.referred(form.household() == null ? null : new HouseholdId(form.household()), people,
				actor.agencyId(), LocalDate.now(clock), blankToNull(form.note()));
		cases.insert(actor.tenantId(), c, actor.userId());
		auditChange(actor, c, AuditAction.CREATE);
		return view(c.id());
	}

	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR', 'CASEWORKER')")
	public CaseView view(UUID caseId) {
		Actor actor = ActorContext.require();
		SupportCase c = load(actor, caseId);
		List<UUID> visible = new ArrayList<>();
		List<AuditEvent> reads = new ArrayList<>();
		for (PersonId person : c.people()) {
			access.basis(actor, person).ifPresent(basis -> {
				visible.add(person.value());
				reads.add(new AuditEvent(AuditAction.READ, "case", caseId.toString(), person, basis));
			});
		}
		if (visible.isEmpty() && !c.referrer().equals(actor.agencyId()) && !actor.has(Role.COORDINATOR)) {
			throw new NotFoundException("case", caseId.toString());
		}
		audit.recordAll(reads);
		return new CaseView(c.id(), c.state(), c.state().label(), c.version(), c.household() == null ? null : c.household().value(),
				c.referrer().value(), c.leadAgency() == null ? null : c.leadAgency().value(), c.followUp(), visible,
				c.people().size() - visible.size(), cases.contactAttempts(actor.tenantId(), caseId),
				cases.timeline(actor.tenantId(), caseId), cases.supportDecisions(actor.tenantId(), caseId));
	}

	/**
	 * Whether the user may open the case (the same rule as {@link #view}), without reading anyone's
	 * data: other modules use it to decide whether to show a link to the case.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR', 'CASEWORKER')")
	public boolean mayOpen(UUID caseId) {
		Actor actor = ActorContext.require();
		return cases.find(actor.tenantId(), caseId)
			.map(c -> c.referrer().equals(actor.agencyId()) || actor.has(Role.COORDINATOR)
					|| c.people().stream().anyMatch(p -> access.basis(actor, p).isPresent()))
			.orElse(false);
	}

	/**
	 * 事例一覧: the cases the user may open (the rule of {@link #mayOpen}), newest first, each with only the
	 * people the user may see. Reads no one's data, so it writes no audit entry; showing names is the caller's
	 * audited read.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR', 'CASEWORKER')")
	public List<CaseSummary> list() {
		Actor actor = ActorContext.require();
		List<CaseSummary> list = new ArrayList<>();
		for (UUID id : cases.all(actor.tenantId())) {
			SupportCase c = cases.find(actor.tenantId(), id).orElseThrow();
			List<UUID> visible = c.people().stream().filter(p -> access.basis(actor, p).isPresent()).map(PersonId::value).toList();
			if (visible.isEmpty() && !c.referrer().equals(actor.agencyId()) && !actor.has(Role.COORDINATOR)) {
				continue;
			}
			list.add(new CaseSummary(c.id(), c.state(), c.state().label(), c.openedOn(), c.referrer().value(),
					c.leadAgency() == null ? null : c.leadAgency().value(), visible, c.people().size() - visible.size(),
					cases.lastContactAttempt(actor.tenantId(), id)));
		}
		return list;
	}

	/** Open cases with no recorded event or contact for the given number of days (連絡が途絶えている事例). */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR')")
	public List<UUID> quietCases(int days) {
		return cases.quietSince(ActorContext.require().tenantId(), LocalDate.now(clock).minusDays(days));
	}

	/** Conference decisions recorded about the case, to choose from when moving it. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR')")
	public List<ConferenceDecision> decisionsFor(UUID caseId) {
		load(ActorContext.require(), caseId);
		return conferences.decisionsFor(caseId);
	}

	/** Ids of the cases a person is on, for the person page. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR', 'CASEWORKER')")
	public List<UUID> casesOf(PersonId person) {
		Actor actor = ActorContext.require();
		if (access.basis(actor, person).isEmpty()) {
			throw new NotFoundException("person", person.toString());
		}
		return cases.casesOf(actor.tenantId(), person);
	}

	/** Applies one named transition of the state machine. */
	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR')")
	public CaseView transition(UUID caseId, String transition, CaseForms.Transition form) {
		Actor actor = ActorContext.require();
		SupportCase c = load(actor, caseId);
		if (form.version() != c.version()) {
			// Someone changed the case since this user read it: tell them rather than judge a stale request.
			throw new OptimisticLockingFailureException("case " + caseId + " is at version " + c.version());
		}
		switch (transition) {
			case "return-to-referrer" -> c.returnToReferrer(form.note());
			case "accept-application" -> c.acceptApplication(allConsented(actor, c), consentReason(actor, c));
			case "start-assessment" -> c.startAssessment(blankToNull(form.note()));
			case "start-planning" -> c.startPlanning(blankToNull(form.note()));
			case "adopt-plan" -> c.adoptPlan(decision(form));
			case "replan" -> c.replan(decision(form));
			case "close" -> c.close(decision(form), form.leadAgency() == null ? null : new AgencyId(form.leadAgency()),
					form.note());
			case "suspend" -> c.suspend(decision(form), cases.contactAttempts(actor.tenantId(), caseId));
			case "reopen" -> c.reopen(form.note());
			default -> throw new NotFoundException("transition", transition);
		}
		cases.update(actor.tenantId(), c, form.version(), actor.userId());
		auditChange(actor, c, AuditAction.UPDATE);
		if (c.state() == CaseState.CLOSED) {
			c.people().forEach(p -> intake.returnAfterClosure(p, c.leadAgency(), c.followUp()));
		}
		return view(caseId);
	}

	/** Adds a note to the 支援経過記録 (by anyone who may open the case). */
	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR', 'CASEWORKER')")
	public CaseView addNote(UUID caseId, String text) {
		Actor actor = ActorContext.require();
		view(caseId);
		SupportCase c = load(actor, caseId);
		c.note(text);
		cases.appendNotes(actor.tenantId(), c, actor.userId());
		auditChange(actor, c, AuditAction.UPDATE);
		return view(caseId);
	}

	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR', 'CASEWORKER')")
	public CaseView recordContactAttempt(UUID caseId, CaseForms.ContactAttempt form) {
		Actor actor = ActorContext.require();
		SupportCase c = load(actor, caseId);
		if (form.attemptedOn().isAfter(LocalDate.now(clock))) {
			throw new InvalidField("attemptedOn", "未来の日付は記録できません");
		}
		cases.addContactAttempt(actor.tenantId(), caseId, form.attemptedOn(), form.method().strip(), form.result().strip());
		auditChange(actor, c, AuditAction.UPDATE);
		return view(caseId);
	}

	/**
	 * 支援決定 for 参加支援 or アウトリーチ: the municipality's alone (invariant 2). Before the plan is
	 * adopted it is allowed and flagged as an early start.
	 */
	public CaseView decideSupport(UUID caseId, CaseForms.Decision form) {
		Actor actor = ActorContext.require();
		if (!actor.has(Role.MUNICIPAL_STAFF)) {
			throw new RuleViolation("SUPPORT_DECISION_MUNICIPALITY_ONLY",
					"参加支援・アウトリーチの支援決定は市町村だけが行えます（別添5 1(3)キ(ア)）");
		}
		SupportCase c = load(actor, caseId);
		if (!Set.of(CaseState.INTAKE, CaseState.ASSESSMENT, CaseState.PLANNING, CaseState.IN_SUPPORT).contains(c.state())) {
			throw new RuleViolation("CASE_INVALID_TRANSITION", "支援決定は相談受付から支援中までの事例にだけ行えます（現在：" + c.state().label() + "）");
		}
		if (form.conferenceDecision() != null && conferences.decision(form.conferenceDecision()).filter(d -> d.caseId().equals(caseId)).isEmpty()) {
			throw new InvalidField("conferenceDecision", "この事例についての会議の決定が見つかりません");
		}
		boolean early = c.state() != CaseState.IN_SUPPORT;
		cases.addSupportDecision(actor.tenantId(), caseId, new SupportDecision(UUID.randomUUID(), form.program(),
				LocalDate.now(clock), actor.userId(), form.conferenceDecision(), early, form.reason().strip()));
		auditChange(actor, c, AuditAction.UPDATE);
		return view(caseId);
	}

	private boolean allConsented(Actor actor, SupportCase c) {
		return c.people().stream().allMatch(p -> consent(actor, p).allowed());
	}

	private String consentReason(Actor actor, SupportCase c) {
		return String.join("／", c.people().stream().map(p -> consent(actor, p).reason()).distinct().toList());
	}

	private SharingDecision consent(Actor actor, PersonId person) {
		return consents.mayShare(person, actor.agencyId(), ConsentPurpose.MULTI_AGENCY_COLLABORATION);
	}

	private java.util.Optional<ConferenceDecision> decision(CaseForms.Transition form) {
		return form.decisionId() == null ? java.util.Optional.empty() : conferences.decision(form.decisionId());
	}

	private SupportCase load(Actor actor, UUID caseId) {
		return cases.find(actor.tenantId(), caseId).orElseThrow(() -> new NotFoundException("case", caseId.toString()));
	}

	private void auditChange(Actor actor, SupportCase c, AuditAction action) {
		audit.recordAll(c.people().stream()
			.map(p -> new AuditEvent(action, "case", c.id().toString(), p, access.basis(actor, p).orElse("CASE_ROLE")))
			.toList());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
