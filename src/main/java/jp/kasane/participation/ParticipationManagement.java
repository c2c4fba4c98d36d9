package jp.kasane.participation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.kasane.audit.AuditAction;
import jp.kasane.audit.AuditEvent;
import jp.kasane.audit.AuditLog;
import jp.kasane.casework.CaseManagement;
import jp.kasane.casework.SupportDecision;
import jp.kasane.organization.AgencyKind;
import jp.kasane.organization.OrganizationManagement;
import jp.kasane.person.PersonAccess;
import jp.kasane.shared.AccessRefused;
import jp.kasane.shared.Actor;
import jp.kasane.shared.ActorContext;
import jp.kasane.shared.InvalidField;
import jp.kasane.shared.NotFoundException;
import jp.kasane.shared.PersonId;
import jp.kasane.shared.Role;
import jp.kasane.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participation module's API. Hosts and menus are kept by the 参加支援事業者 and the municipality;
 * a person's needs, proposals, placements, follow-ups and 謝礼 are seen and changed only by municipal
 * staff and by the 参加支援事業者 whose agency may see the person ({@link PersonAccess#basis}, e.g.
 * through the person's consent naming it), and only when a case of the person carries a 参加支援
 * 支援決定. Every read and change of a person's record is audited.
 */
@Service
@Transactional
public class ParticipationManagement {

	private final ParticipationRecords records;
	private final CaseManagement cases;
	private final OrganizationManagement organization;
	private final PersonAccess access;
	private final AuditLog audit;
	private final Clock clock;
	private final List<Integer> settlingDays;
	private final int keepInTouchMonths;
	private final int keepInTouchTimes;

	ParticipationManagement(ParticipationRecords records, CaseManagement cases, OrganizationManagement organization,
			PersonAccess access, AuditLog audit, Clock clock,
			@Value("${kasane.participation.settling-follow-up-days:7,30,90}") List<Integer> settlingDays,
			@Value("${kasane.participation.keep-in-touch-months:3}") int keepInTouchMonths,
			@Value("${kasane.participation.keep-in-touch-times:4}") int keepInTouchTimes) {
		this.records = records;
		this.cases = cases;
		this.organization = organization;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
		this.settlingDays = List.copyOf(settlingDays);
		this.keepInTouchMonths = keepInTouchMonths;
		this.keepInTouchTimes = keepInTouchTimes;
	}

	/** The 参加支援 支援決定 a person's participation rests on: its case and whether it was an early start. */
	public record DecisionBasis(UUID caseId, UUID decisionId, LocalDate decidedOn, boolean earlyStart) {
	}

	/** What the person page shows: the decision (or empty), needs (or empty), proposals and placements. */
	public record PersonParticipation(UUID personId, Optional<DecisionBasis> decision, Optional<Needs> needs,
			List<Proposal> proposals, List<Placement> placements) {
	}

	/** Ranked proposals for a person, with the decision they rest on. */
	public record Proposals(UUID personId, DecisionBasis decision, Needs needs, List<Proposal> proposals) {
	}

	// --- hosts and menus -------------------------------------------------------------------------

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR', 'CASEWORKER')")
	public List<Host> hosts() {
		return records.hosts(ActorContext.require().tenantId());
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR', 'CASEWORKER')")
	public Host host(UUID id) {
		return records.host(ActorContext.require().tenantId(), id).orElseThrow(() -> new NotFoundException("host", id.toString()));
	}

	/** Whether the current user keeps the hosts and menus (参加支援事業者 or municipal staff). */
	@Transactional(readOnly = true)
	public boolean mayMaintainHosts() {
		return ActorContext.current().map(this::participationStaff).orElse(false);
	}

	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'CASEWORKER')")
	public Host createHost(ParticipationForms.HostForm form) {
		Actor actor = maintainer();
		UUID id = UUID.randomUUID();
		records.insertHost(actor.tenantId(), id, form);
		return host(id);
	}

	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'CASEWORKER')")
	public Host updateHost(UUID id, ParticipationForms.HostForm form) {
		Actor actor = maintainer();
		Host host = host(id);
		if (form.version() == null) {
			throw new InvalidField("version", "受け入れ先の版（version）が必要です");
		}
		records.updateHost(actor.tenantId(), host.id(), form, form.version());
		return host(id);
	}

	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'CASEWORKER')")
	public Menu addMenu(UUID hostId, ParticipationForms.MenuForm form) {
		Actor actor = maintainer();
		host(hostId);
		UUID id = UUID.randomUUID();
		records.insertMenu(actor.tenantId(), hostId, id, form);
		return menu(id);
	}

	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'CASEWORKER')")
	public Menu updateMenu(UUID id, ParticipationForms.MenuForm form) {
		Actor actor = maintainer();
		Menu menu = menu(id);
		if (form.version() == null) {
			throw new InvalidField("version", "メニューの版（version）が必要です");
		}
		if (form.capacity() < menu.placed()) {
			throw new InvalidField("capacity", "定員は、いま受け入れている人数（" + menu.placed() + "人）より少なくできません");
		}
		records.updateMenu(actor.tenantId(), id, form, form.version());
		return menu(id);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR', 'CASEWORKER')")
	public Menu menu(UUID id) {
		return records.menu(ActorContext.require().tenantId(), id).orElseThrow(() -> new NotFoundException("menu", id.toString()));
	}

	// --- a person's participation ----------------------------------------------------------------

	/** Whether the current user may work on people's participation (municipal staff, 参加支援事業者). */
	@Transactional(readOnly = true)
	public boolean mayWorkOnPeople() {
		return ActorContext.current().map(this::participationStaff).orElse(false);
	}

	/** The person page: decision, needs, proposals (only with a decision and needs) and placements. */
	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'CASEWORKER')")
	public PersonParticipation of(PersonId person) {
		Actor actor = ActorContext.require();
		String basis = basis(actor, person);
		Optional<DecisionBasis> decision = decision(person);
		Optional<Needs> needs = records.needs(actor.tenantId(), person);
		List<Proposal> proposals = decision.isPresent() && needs.isPresent()
				? MenuMatching.rank(needs.get(), records.menus(actor.tenantId())) : List.of();
		List<Placement> placements = records.placementsOf(actor.tenantId(), person);
		audit.record(new AuditEvent(AuditAction.READ, "participation", person.toString(), person, basis));
		return new PersonParticipation(person.value(), decision, needs, proposals, placements);
	}

	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'CASEWORKER')")
	public Needs saveNeeds(PersonId person, ParticipationForms.NeedsForm form) {
		Actor actor = ActorContext.require();
		String basis = basis(actor, person);
		records.saveNeeds(actor.tenantId(), person, form, LocalDate.now(clock));
		audit.record(new AuditEvent(AuditAction.UPDATE, "participation_needs", person.toString(), person, basis));
		return records.needs(actor.tenantId(), person).orElseThrow();
	}

	/** Menus ranked by fit for the person; refused without a 参加支援 支援決定 or without recorded needs. */
	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'CASEWORKER')")
	public Proposals proposals(PersonId person) {
		Actor actor = ActorContext.require();
		String basis = basis(actor, person);
		DecisionBasis decision = requireDecision(person);
		Needs needs = records.needs(actor.tenantId(), person)
			.orElseThrow(() -> new RuleViolation("PARTICIPATION_NEEDS_REQUIRED", "先に本人の希望・地域・通える曜日を記録してください"));
		audit.record(new AuditEvent(AuditAction.READ, "participation_proposals", person.toString(), person, basis));
		return new Proposals(person.value(), decision, needs, MenuMatching.rank(needs, records.menus(actor.tenantId())));
	}

	/** The worker's choice: a placement in 提案 with its planned start date. */
	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'CASEWORKER')")
	public Placement place(PersonId person, ParticipationForms.PlacementForm form) {
		Actor actor = ActorContext.require();
		String basis = basis(actor, person);
		DecisionBasis decision = requireDecision(person);
		records.lockMenu(actor.tenantId(), form.menuId());
		Menu menu = records.menu(actor.tenantId(), form.menuId()).filter(Menu::active)
			.orElseThrow(() -> new InvalidField("menuId", "選んだメニューが見つかりません"));
		LocalDate today = LocalDate.now(clock);
		if (form.startOn().isAfter(today.plusYears(1)) || form.startOn().isBefore(today.minusYears(1))) {
			throw new InvalidField("startOn", "開始日は今日の前後1年以内にしてください");
		}
		if (records.placementsOf(actor.tenantId(), person).stream().anyMatch(p -> !p.ended() && p.menuId().equals(menu.id()))) {
			throw new RuleViolation("PLACEMENT_EXISTS", "この人は「" + menu.title() + "」をすでに利用中か提案中です");
		}
		PlacementRules.checkCapacity(menu);
		UUID id = UUID.randomUUID();
		records.insertPlacement(actor.tenantId(), id, person, decision.caseId(), menu, form.startOn(), decision.earlyStart(),
				actor.userId());
		audit.record(new AuditEvent(AuditAction.CREATE, "participation_placement", id.toString(), person, basis));
		return records.placement(actor.tenantId(), id).orElseThrow();
	}

	/** 体験, 利用中 or 定着. Entering 利用中 schedules the 定着支援 follow-ups from that date. */
	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'CASEWORKER')")
	public Placement changeStatus(UUID placementId, ParticipationForms.StatusChange form) {
		Actor actor = ActorContext.require();
		Placement p = placement(actor, placementId);
		String basis = basis(actor, new PersonId(p.personId()));
		checkVersion(p, form.version());
		PlacementRules.checkMove(p.status(), form.status());
		if (form.on().isAfter(LocalDate.now(clock).plusMonths(1))) {
			throw new InvalidField("on", "日付は1か月先までにしてください");
		}
		if (form.status().occupies() && !p.status().occupies()) {
			records.lockMenu(actor.tenantId(), p.menuId());
			PlacementRules.checkCapacity(menu(p.menuId()));
		}
		LocalDate activeSince = p.activeSince();
		if (form.status() == PlacementStatus.ACTIVE) {
			activeSince = form.on();
			for (int days : settlingDays) {
				records.insertFollowUp(actor.tenantId(), p.id(), FollowUpKind.SETTLING, form.on().plusDays(days));
			}
		}
		records.updatePlacement(actor.tenantId(), p.id(), form.status(), activeSince, null, null, form.version());
		audit.record(new AuditEvent(AuditAction.UPDATE, "participation_placement", p.id().toString(), new PersonId(p.personId()), basis));
		return records.placement(actor.tenantId(), p.id()).orElseThrow();
	}

	/** Records what came of a planned follow-up. */
	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'CASEWORKER')")
	public Placement recordFollowUp(UUID followUpId, ParticipationForms.FollowUpRecord form) {
		Actor actor = ActorContext.require();
		FollowUp f = records.followUp(actor.tenantId(), followUpId)
			.orElseThrow(() -> new NotFoundException("follow-up", followUpId.toString()));
		Placement p = placement(actor, f.placementId());
		String basis = basis(actor, new PersonId(p.personId()));
		if (!f.planned()) {
			throw PlacementRules.followUpClosed();
		}
		if (form.doneOn().isAfter(LocalDate.now(clock))) {
			throw new InvalidField("doneOn", "未来の日付は記録できません");
		}
		// Conditional on "planned": of two records sent at once, the second finds nothing left to record.
		if (records.recordFollowUp(actor.tenantId(), followUpId, form, actor.userId()) == 0) {
			throw PlacementRules.followUpClosed();
		}
		audit.record(new AuditEvent(AuditAction.UPDATE, "participation_follow_up", followUpId.toString(), new PersonId(p.personId()), basis));
		return records.placement(actor.tenantId(), p.id()).orElseThrow();
	}

	/** 謝礼 (実費相当) to the placement's host, only once the host has actually hosted the person. */
	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'CASEWORKER')")
	public Placement recordHonorarium(UUID placementId, ParticipationForms.HonorariumForm form) {
		Actor actor = ActorContext.require();
		// One at a time per placement, so that the 謝礼 already paid are read after any being recorded now.
		records.lockPlacement(actor.tenantId(), placementId);
		Placement p = placement(actor, placementId);
		String basis = basis(actor, new PersonId(p.personId()));
		PlacementRules.checkHonorarium(p.status(), p.activeSince());
		if (form.periodTo().isBefore(form.periodFrom())) {
			throw new InvalidField("periodTo", "期間の末日は初日以降にしてください");
		}
		if (form.periodFrom().isBefore(p.activeSince())) {
			throw new InvalidField("periodFrom", "謝礼の期間は利用開始日（" + p.activeSince() + "）以降にしてください");
		}
		if (p.endedOn() != null && form.periodTo().isAfter(p.endedOn())) {
			throw new InvalidField("periodTo", "謝礼の期間は終了日（" + p.endedOn() + "）までにしてください");
		}
		PlacementRules.checkNotPaid(p.honoraria(), form.periodFrom(), form.periodTo());
		records.insertHonorarium(actor.tenantId(), p, form, LocalDate.now(clock), actor.userId());
		audit.record(new AuditEvent(AuditAction.UPDATE, "participation_placement", p.id().toString(), new PersonId(p.personId()), basis));
		return records.placement(actor.tenantId(), p.id()).orElseThrow();
	}

	/**
	 * 終了 with its reason. Planned 定着支援 is called off; if the person had started (体験 or later), a
	 * つながり続ける schedule follows — the relationship does not end with the plan (3(3)イ(エ)).
	 */
	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'CASEWORKER')")
	public Placement end(UUID placementId, ParticipationForms.EndForm form) {
		Actor actor = ActorContext.require();
		Placement p = placement(actor, placementId);
		String basis = basis(actor, new PersonId(p.personId()));
		checkVersion(p, form.version());
		if (p.ended()) {
			throw new RuleViolation("PLACEMENT_INVALID_TRANSITION", "この受け入れはすでに終了しています");
		}
		if (form.endedOn().isAfter(LocalDate.now(clock))) {
			throw new InvalidField("endedOn", "未来の日付は記録できません");
		}
		if (p.activeSince() != null && form.endedOn().isBefore(p.activeSince())) {
			throw new InvalidField("endedOn", "終了日は利用開始日（" + p.activeSince() + "）以降にしてください");
		}
		records.cancelPlanned(actor.tenantId(), p.id());
		if (p.status() != PlacementStatus.PROPOSED) {
			for (int i = 1; i <= keepInTouchTimes; i++) {
				records.insertFollowUp(actor.tenantId(), p.id(), FollowUpKind.KEEP_IN_TOUCH,
						form.endedOn().plusMonths((long) keepInTouchMonths * i));
			}
		}
		records.updatePlacement(actor.tenantId(), p.id(), PlacementStatus.ENDED, p.activeSince(), form.endedOn(),
				form.reason().strip(), form.version());
		audit.record(new AuditEvent(AuditAction.UPDATE, "participation_placement", p.id().toString(), new PersonId(p.personId()), basis));
		return records.placement(actor.tenantId(), p.id()).orElseThrow();
	}

	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'CASEWORKER')")
	public Placement placement(UUID placementId) {
		Actor actor = ActorContext.require();
		Placement p = placement(actor, placementId);
		String basis = basis(actor, new PersonId(p.personId()));
		audit.record(new AuditEvent(AuditAction.READ, "participation_placement", p.id().toString(), new PersonId(p.personId()), basis));
		return p;
	}

	/**
	 * Planned follow-ups due within {@code daysAhead} days (and overdue ones) of the people the user may
	 * work on; empty for anyone else.
	 */
	public List<DueFollowUp> dueFollowUps(int daysAhead) {
		Actor actor = ActorContext.current().orElse(null);
		if (actor == null || !participationStaff(actor)) {
			return List.of();
		}
		List<DueFollowUp> due = new ArrayList<>();
		List<AuditEvent> events = new ArrayList<>();
		Map<UUID, Optional<String>> bases = new HashMap<>();
		for (DueFollowUp f : records.dueFollowUps(actor.tenantId(), LocalDate.now(clock).plusDays(daysAhead))) {
			Optional<String> basis = bases.computeIfAbsent(f.personId(), id -> access.basis(actor, new PersonId(id)));
			if (basis.isPresent()) {
				due.add(f);
				events.add(new AuditEvent(AuditAction.LIST, "participation_follow_up", f.followUpId().toString(),
						new PersonId(f.personId()), basis.get()));
			}
		}
		audit.recordAll(events);
		return due;
	}

	/** Placements not ended of the people the user may work on (people in participation). */
	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'CASEWORKER')")
	public List<Placement> openPlacements() {
		Actor actor = ActorContext.require();
		if (!participationStaff(actor)) {
			return List.of();
		}
		List<Placement> open = new ArrayList<>();
		List<AuditEvent> events = new ArrayList<>();
		Map<UUID, Optional<String>> bases = new HashMap<>();
		for (Placement p : records.openPlacements(actor.tenantId())) {
			Optional<String> basis = bases.computeIfAbsent(p.personId(), id -> access.basis(actor, new PersonId(id)));
			if (basis.isPresent()) {
				open.add(p);
				events.add(new AuditEvent(AuditAction.LIST, "participation_placement", p.id().toString(), new PersonId(p.personId()),
						basis.get()));
			}
		}
		audit.recordAll(events);
		open.sort(Comparator.comparing(Placement::startOn));
		return open;
	}

	// --- rules of access and decision ------------------------------------------------------------

	/** Municipal staff, or a user of a 参加支援事業者 who may read residents. */
	private boolean participationStaff(Actor actor) {
		if (actor.has(Role.MUNICIPAL_STAFF)) {
			return true;
		}
		return actor.mayReadResidents() && organization.agency(actor.agencyId()).kind() == AgencyKind.PARTICIPATION_SUPPORT;
	}

	private Actor maintainer() {
		Actor actor = ActorContext.require();
		if (!participationStaff(actor)) {
			throw new AccessRefused("PARTICIPATION_STAFF_ONLY", "受け入れ先とメニューは、参加支援事業者と市町村が管理します");
		}
		return actor;
	}

	/** The basis on which the user may see the person's participation, or not found. */
	private String basis(Actor actor, PersonId person) {
		if (!participationStaff(actor)) {
			throw new NotFoundException("person", person.toString());
		}
		return access.basis(actor, person).orElseThrow(() -> new NotFoundException("person", person.toString()));
	}

	private Placement placement(Actor actor, UUID placementId) {
		Placement p = records.placement(actor.tenantId(), placementId)
			.orElseThrow(() -> new NotFoundException("placement", placementId.toString()));
		basis(actor, new PersonId(p.personId()));
		return p;
	}

	private static void checkVersion(Placement p, Integer version) {
		if (version == null) {
			throw new InvalidField("version", "版（version）が必要です");
		}
		if (version != p.version()) {
			throw new OptimisticLockingFailureException("placement " + p.id() + " is at version " + p.version());
		}
	}

	private DecisionBasis requireDecision(PersonId person) {
		return decision(person).orElseThrow(() -> new RuleViolation("PARTICIPATION_DECISION_REQUIRED",
				"この人の事例には参加支援事業の支援決定がありません。市町村の支援決定を受けてから提案してください（別添5 3(3)イ(ア)）"));
	}

	/** The latest 参加支援 支援決定 on any case of the person the user may open. */
	private Optional<DecisionBasis> decision(PersonId person) {
		DecisionBasis found = null;
		for (UUID caseId : cases.casesOf(person)) {
			for (SupportDecision d : cases.view(caseId).supportDecisions()) {
				if (d.program() == SupportDecision.Program.PARTICIPATION
						&& (found == null || d.decidedOn().isAfter(found.decidedOn()))) {
					found = new DecisionBasis(caseId, d.id(), d.decidedOn(), d.earlyStart());
				}
			}
		}
		return Optional.ofNullable(found);
	}
}
