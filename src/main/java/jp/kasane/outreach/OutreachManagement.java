package jp.kasane.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.kasane.audit.AuditAction;
import jp.kasane.audit.AuditEvent;
import jp.kasane.audit.AuditLog;
import jp.kasane.casework.CaseForms;
import jp.kasane.casework.CaseManagement;
import jp.kasane.casework.SupportDecision;
import jp.kasane.consent.ConsentManagement;
import jp.kasane.consent.ConsentPurpose;
import jp.kasane.consent.SharingDecision;
import jp.kasane.meeting.MeetingManagement;
import jp.kasane.organization.AgencyKind;
import jp.kasane.organization.OrganizationManagement;
import jp.kasane.person.Person;
import jp.kasane.person.PersonAccess;
import jp.kasane.person.PersonManagement;
import jp.kasane.shared.AccessRefused;
import jp.kasane.shared.Actor;
import jp.kasane.shared.ActorContext;
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
 * The outreach module's API (アウトリーチ等を通じた継続的支援). Who may open a record is decided here,
 * stricter than who may see the person: users of the アウトリーチ事業者 holding it, municipal staff and
 * pledged members of a 支援会議 with the person on its agenda read and write; once the person consents,
 * agencies their consent names may read. Everyone else is told the record does not exist. Every read
 * and change is audited with its basis in the same transaction.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR', 'CASEWORKER')")
public class OutreachManagement {

	static final String HOLDER = "OUTREACH_HOLDER";

	/** Consent purposes that, naming an agency, count as the person's consent to work with it. */
	private static final List<ConsentPurpose> CONSENTING = List.of(ConsentPurpose.OUTREACH, ConsentPurpose.INFORMATION_SHARING,
			ConsentPurpose.MULTI_AGENCY_COLLABORATION, ConsentPurpose.REFERRAL);

	/** Why the actor may open a record, and whether they may change it. */
	private record Access(String basis, boolean mayWrite) {
	}

	private final OutreachRecords records;
	private final PersonManagement people;
	private final PersonAccess personAccess;
	private final ConsentManagement consents;
	private final CaseManagement cases;
	private final MeetingManagement meetings;
	private final OrganizationManagement organization;
	private final AuditLog audit;
	private final Clock clock;

	OutreachManagement(OutreachRecords records, PersonManagement people, PersonAccess personAccess, ConsentManagement consents,
			CaseManagement cases, MeetingManagement meetings, OrganizationManagement organization, AuditLog audit, Clock clock) {
		this.records = records;
		this.people = people;
		this.personAccess = personAccess;
		this.consents = consents;
		this.cases = cases;
		this.meetings = meetings;
		this.organization = organization;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Registers a person to reach for the user's agency (an アウトリーチ事業者, or the municipality itself):
	 * a new person is registered in the person module for that agency only, so no one else sees them.
	 */
	public OutreachView register(OutreachForms.NewOutreach form) {
		Actor actor = ActorContext.require();
		LocalDate today = LocalDate.now(clock);
		if (!actor.has(Role.MUNICIPAL_STAFF) && organization.agency(actor.agencyId()).kind() != AgencyKind.OUTREACH) {
			throw new RuleViolation("OUTREACH_AGENCY_ONLY",
					"アウトリーチの対象を登録できるのは、アウトリーチ等を通じた継続的支援事業者と市町村の職員です");
		}
		OutreachDates.knownOn(form.knownOn(), today).ifPresent(OutreachManagement::fail);
		OutreachDates.nextContact(form.nextContactOn(), today).ifPresent(OutreachManagement::fail);
		PersonId person;
		if (form.person() != null && form.newPerson() != null) {
			throw new InvalidField("person", "登録済みの人を選ぶか、新しく登録するか、どちらか一方にしてください");
		}
		if (form.person() != null) {
			person = new PersonId(form.person());
			if (personAccess.basis(actor, person).isEmpty()) {
				throw new InvalidField("person", "選んだ人が見つかりません");
			}
		}
		else if (form.newPerson() != null) {
			person = people.register(form.newPerson()).id();
		}
		else {
			throw new InvalidField("newPerson", "対象の人を選ぶか、新しく登録してください");
		}
		if (records.openFor(actor.tenantId(), person).isPresent()) {
			throw new RuleViolation("OUTREACH_EXISTS", "この人には、すでに継続中のアウトリーチの記録があります");
		}
		UUID id = UUID.randomUUID();
		records.insert(actor.tenantId(), id, person, actor.agencyId(), form, actor.userId().value());
		records.addStageChange(actor.tenantId(), id, null, Stage.KNOWN, false, "把握（情報源：" + form.source().label() + "）", null,
				form.knownOn(), actor.userId().value());
		if (form.note() != null && !form.note().isBlank()) {
			records.addNote(actor.tenantId(), id, new OutreachForms.Note(form.knownOn(), form.note()), actor.userId().value());
		}
		audit.record(event(AuditAction.CREATE, id, person, actor.has(Role.MUNICIPAL_STAFF) ? "MUNICIPAL_ROLE" : HOLDER));
		return view(id);
	}

	/**
	 * The records the user works on: their agency's (all of the tenant's for municipal staff) and those of
	 * people on the agenda of a 支援会議 whose pledge they signed. Open ones first, by planned contact.
	 */
	public List<OutreachView.Summary> list() {
		Actor actor = ActorContext.require();
		LocalDate today = LocalDate.now(clock);
		Map<PersonId, String> pledged = meetings.supportConferenceBases();
		Map<UUID, OutreachRecords.Row> rows = new LinkedHashMap<>();
		records.list(actor.tenantId(), actor.has(Role.MUNICIPAL_STAFF) ? null : actor.agencyId()).forEach(r -> rows.put(r.id(), r));
		pledged.keySet().forEach(p -> records.ofPerson(actor.tenantId(), p).forEach(r -> rows.putIfAbsent(r.id(), r)));
		List<OutreachView.Summary> list = new ArrayList<>();
		for (OutreachRecords.Row r : rows.values()) {
			Access access = access(actor, r, pledged).orElseThrow();
			Person person = people.getUnder(r.person(), access.basis());
			list.add(new OutreachView.Summary(r.id(), r.person().value(), person.fullName(), r.stage(), r.stage().label(), r.source(),
					r.source().label(), r.knownOn(), r.lastContactOn(), r.lastAttemptOn(),
					OutreachDates.sinceLastContact(r.lastContactOn(), r.knownOn(), today), days(r.lastContactOn(), today),
					r.nextContactOn(), due(r, today), overdue(r, today), r.closed(), r.caseId(), r.version()));
		}
		return list;
	}

	/** Ids of the person's outreach records that the user may open ({@link #view}), open ones first; reads nothing else. */
	@Transactional(readOnly = true)
	public List<UUID> recordsOf(PersonId person) {
		Actor actor = ActorContext.require();
		return records.ofPerson(actor.tenantId(), person).stream().filter(r -> access(actor, r, null).isPresent()).map(OutreachRecords.Row::id).toList();
	}

	/** One record with its history, for those who may open it; otherwise not found. */
	public OutreachView view(UUID id) {
		Actor actor = ActorContext.require();
		OutreachRecords.Row r = records.find(actor.tenantId(), id).orElseThrow(() -> notFound(id));
		Access access = access(actor, r, null).orElseThrow(() -> notFound(id));
		Person person = people.getUnder(r.person(), access.basis());
		audit.record(event(AuditAction.READ, id, r.person(), access.basis()));
		LocalDate today = LocalDate.now(clock);
		return new OutreachView(r.id(), r.person().value(), person.fullName(), person.fullKana(), r.holder().value(), r.source(),
				r.source().label(), r.sourceDetail(), r.knownOn(), r.stage(), r.stage().label(), r.nextContactOn(), due(r, today),
				overdue(r, today), r.lastContactOn(), r.lastAttemptOn(),
				OutreachDates.sinceLastContact(r.lastContactOn(), r.knownOn(), today), days(r.lastContactOn(), today), r.caseId(),
				r.supportDecision(), r.closedOn(), r.closeReason(), r.closeNote(), access.mayWrite() && !r.closed(),
				records.attempts(actor.tenantId(), id), records.notes(actor.tenantId(), id), records.stages(actor.tenantId(), id),
				r.version());
	}

	/** Records an attempt to reach the person; a planned contact it fulfils is cleared unless a new one is given. */
	public OutreachView recordAttempt(UUID id, OutreachForms.Attempt form) {
		Actor actor = ActorContext.require();
		LocalDate today = LocalDate.now(clock);
		Writable w = writable(actor, id, null);
		OutreachDates.attempt(form.attemptedOn(), w.row().knownOn(), today).ifPresent(OutreachManagement::fail);
		OutreachDates.nextContact(form.nextContactOn(), today).ifPresent(OutreachManagement::fail);
		records.addAttempt(actor.tenantId(), id, form, actor.userId().value());
		LocalDate planned = w.row().nextContactOn();
		LocalDate next = form.nextContactOn() != null ? form.nextContactOn()
				: planned != null && !planned.isAfter(form.attemptedOn()) ? null : planned;
		records.setNextContact(actor.tenantId(), id, null, next);
		audit.record(event(AuditAction.UPDATE, id, w.row().person(), w.basis()));
		return view(id);
	}

	/** Adds dated information gathered about the person (情報収集). */
	public OutreachView addNote(UUID id, OutreachForms.Note form) {
		Actor actor = ActorContext.require();
		Writable w = writable(actor, id, null);
		OutreachDates.note(form.notedOn(), LocalDate.now(clock)).ifPresent(OutreachManagement::fail);
		records.addNote(actor.tenantId(), id, form, actor.userId().value());
		audit.record(event(AuditAction.UPDATE, id, w.row().person(), w.basis()));
		return view(id);
	}

	/** Moves the relationship stage as {@link StagePolicy} allows, recording the date, reason and consent. */
	public OutreachView changeStage(UUID id, OutreachForms.StageChange form) {
		Actor actor = ActorContext.require();
		LocalDate today = LocalDate.now(clock);
		Writable w = writable(actor, id, form.version());
		OutreachRecords.Row r = w.row();
		LocalDate on = form.changedOn() == null ? today : form.changedOn();
		OutreachDates.stageChange(on, r.lastStageChangeOn(), today).ifPresent(OutreachManagement::fail);
		OutreachDates.nextContact(form.nextContactOn(), today).ifPresent(OutreachManagement::fail);
		Optional<UUID> consent = consentOf(r);
		boolean contactBy = r.firstContactOn() != null && !r.firstContactOn().isAfter(on);
		StagePolicy.Decision decision = StagePolicy.decide(new StagePolicy.Facts(r.stage(), r.closed(), contactBy,
				consent.isPresent(), r.caseId() != null), form.stage());
		if (decision instanceof StagePolicy.Decision.Denied denied) {
			throw new RuleViolation(denied.code(), denied.reason());
		}
		boolean backwards = ((StagePolicy.Decision.Allowed) decision).backwards();
		records.setStage(actor.tenantId(), id, form.version(), r.stage(), form.stage(), backwards, form.reason().strip(),
				form.stage().compareTo(Stage.CONSULTING) >= 0 ? consent.orElse(null) : null, on, actor.userId().value());
		if (form.nextContactOn() != null) {
			records.setNextContact(actor.tenantId(), id, null, form.nextContactOn());
		}
		audit.record(event(AuditAction.UPDATE, id, r.person(), w.basis()));
		return view(id);
	}

	/** Sets or clears the planned next contact. */
	public OutreachView plan(UUID id, OutreachForms.Plan form) {
		Actor actor = ActorContext.require();
		Writable w = writable(actor, id, form.version());
		OutreachDates.nextContact(form.nextContactOn(), LocalDate.now(clock)).ifPresent(OutreachManagement::fail);
		records.setNextContact(actor.tenantId(), id, form.version(), form.nextContactOn());
		audit.record(event(AuditAction.UPDATE, id, w.row().person(), w.basis()));
		return view(id);
	}

	/**
	 * つなぎ to 多機関協働 once the person consents: refers them to a new case (as {@code POST /api/v1/cases}
	 * does) or links a case they are already on, and optionally that case's アウトリーチ 支援決定.
	 */
	public OutreachView linkCase(UUID id, OutreachForms.CaseLink form) {
		Actor actor = ActorContext.require();
		Writable w = writable(actor, id, form.version());
		OutreachRecords.Row r = w.row();
		if (personAccess.basis(actor, r.person()).isEmpty()) {
			throw new AccessRefused("OUTREACH_HOLDER_ONLY", "多機関協働へのつなぎは、アウトリーチ事業者か市町村の職員が行います");
		}
		if (consentOf(r).isEmpty()) {
			throw new RuleViolation("CONSENT_REQUIRED",
					"多機関協働へつなぐには、本人の同意（アウトリーチ事業者を共有先に含むもの）の記録が必要です");
		}
		UUID caseId = form.caseId();
		if (caseId == null) {
			caseId = r.caseId() != null ? r.caseId()
					: cases.refer(new CaseForms.Referral(Set.of(r.person().value()), null,
							form.note() == null || form.note().isBlank() ? "アウトリーチから多機関協働へ" : form.note().strip())).id();
		}
		else if (!cases.casesOf(r.person()).contains(caseId)) {
			throw new InvalidField("caseId", "この人が対象になっている多機関協働の事例ではありません");
		}
		if (form.supportDecision() != null) {
			boolean found = cases.view(caseId).supportDecisions().stream()
				.anyMatch(d -> d.id().equals(form.supportDecision()) && d.program() == SupportDecision.Program.OUTREACH);
			if (!found) {
				throw new InvalidField("supportDecision", "この事例のアウトリーチの支援決定が見つかりません");
			}
		}
		records.linkCase(actor.tenantId(), id, form.version(), caseId, form.supportDecision());
		audit.record(event(AuditAction.UPDATE, id, r.person(), w.basis()));
		return view(id);
	}

	/** The アウトリーチ 支援決定 of the linked case, for those who may link them (holder, municipality). */
	@Transactional(readOnly = true)
	public List<SupportDecision> outreachDecisions(UUID id) {
		Actor actor = ActorContext.require();
		OutreachRecords.Row r = records.find(actor.tenantId(), id).orElseThrow(() -> notFound(id));
		if (r.caseId() == null || access(actor, r, null).isEmpty() || personAccess.basis(actor, r.person()).isEmpty()) {
			return List.of();
		}
		return cases.view(r.caseId()).supportDecisions().stream()
			.filter(d -> d.program() == SupportDecision.Program.OUTREACH)
			.toList();
	}

	/** Ends the outreach with its reason; 支援へ移行 needs the linked case. */
	public OutreachView close(UUID id, OutreachForms.Close form) {
		Actor actor = ActorContext.require();
		Writable w = writable(actor, id, form.version());
		if (form.reason() == CloseReason.TO_SUPPORT && w.row().caseId() == null) {
			throw new RuleViolation("CASE_REQUIRED", "「支援へ移行」で終了するには、多機関協働の事例へのつなぎが必要です");
		}
		records.close(actor.tenantId(), id, form.version(), LocalDate.now(clock), form.reason(),
				OutreachRecords.blankToNull(form.note()));
		audit.record(event(AuditAction.UPDATE, id, w.row().person(), w.basis()));
		return view(id);
	}

	/** Planned contacts of the user's agency that are due today or overdue (ids and dates only). */
	@Transactional(readOnly = true)
	public List<OutreachView.Due> dueContacts() {
		Actor actor = ActorContext.require();
		LocalDate today = LocalDate.now(clock);
		return records.dueBy(actor.tenantId(), actor.agencyId(), today).stream()
			.map(r -> new OutreachView.Due(r.id(), r.nextContactOn(), overdue(r, today), r.stage().label(),
					OutreachDates.sinceLastContact(r.lastContactOn(), r.knownOn(), today)))
			.toList();
	}

	private record Writable(OutreachRecords.Row row, String basis) {
	}

	/** Loads a record the actor may change, open and at the version they saw (when one is given). */
	private Writable writable(Actor actor, UUID id, Integer version) {
		OutreachRecords.Row r = records.find(actor.tenantId(), id).orElseThrow(() -> notFound(id));
		Access access = access(actor, r, null).orElseThrow(() -> notFound(id));
		if (!access.mayWrite()) {
			throw new AccessRefused("OUTREACH_READ_ONLY",
					"本人の同意により閲覧はできますが、アウトリーチの記録はアウトリーチ事業者・市町村・支援会議の構成員が行います");
		}
		if (r.closed()) {
			throw new RuleViolation("OUTREACH_CLOSED", "終了したアウトリーチの記録は変更できません");
		}
		if (version != null && version != r.version()) {
			throw new OptimisticLockingFailureException("outreach " + id + " is at version " + r.version());
		}
		return new Writable(r, access.basis());
	}

	/**
	 * Who may open a record: the holding agency, the municipality and pledged 支援会議 members (read and
	 * write); agencies the person's consent names (read). {@code pledged} may be passed in when known.
	 */
	private Optional<Access> access(Actor actor, OutreachRecords.Row r, Map<PersonId, String> pledged) {
		if (actor.agencyId().equals(r.holder())) {
			return Optional.of(new Access(HOLDER, true));
		}
		if (actor.has(Role.MUNICIPAL_STAFF)) {
			return Optional.of(new Access("MUNICIPAL_ROLE", true));
		}
		String conference = (pledged != null ? pledged : meetings.supportConferenceBases()).get(r.person());
		if (conference != null) {
			return Optional.of(new Access(conference, true));
		}
		for (ConsentPurpose purpose : CONSENTING) {
			if (consents.mayShare(r.person(), actor.agencyId(), purpose) instanceof SharingDecision.Allowed allowed) {
				return Optional.of(new Access("AGENCY_CONSENT:" + allowed.consentId(), false));
			}
		}
		return Optional.empty();
	}

	/** The person's consent in force naming the holding agency, if any. */
	private Optional<UUID> consentOf(OutreachRecords.Row r) {
		for (ConsentPurpose purpose : CONSENTING) {
			if (consents.mayShare(r.person(), r.holder(), purpose) instanceof SharingDecision.Allowed allowed) {
				return Optional.of(allowed.consentId());
			}
		}
		return Optional.empty();
	}

	private static boolean due(OutreachRecords.Row r, LocalDate today) {
		return !r.closed() && r.nextContactOn() != null && !r.nextContactOn().isAfter(today);
	}

	private static boolean overdue(OutreachRecords.Row r, LocalDate today) {
		return !r.closed() && r.nextContactOn() != null && r.nextContactOn().isBefore(today);
	}

	private static Long days(LocalDate since, LocalDate today) {
		return since == null ? null : ChronoUnit.DAYS.between(since, today);
	}

	private static AuditEvent event(AuditAction action, UUID id, PersonId person, String basis) {
		return new AuditEvent(action, "outreach", id.toString(), person, basis);
	}

	private static NotFoundException notFound(UUID id) {
		return new NotFoundException("outreach", id.toString());
	}

	private static void fail(InvalidField field) {
		throw field;
	}
}
