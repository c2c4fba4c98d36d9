package jp.kasane.housing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jp.kasane.audit.AuditAction;
import jp.kasane.audit.AuditEvent;
import jp.kasane.audit.AuditLog;
import jp.kasane.casework.CaseManagement;
import jp.kasane.casework.CaseState;
import jp.kasane.casework.CaseView;
import jp.kasane.casework.ConferenceDecision;
import jp.kasane.person.PersonAccess;
import jp.kasane.shared.Actor;
import jp.kasane.shared.ActorContext;
import jp.kasane.shared.InvalidField;
import jp.kasane.shared.NotFoundException;
import jp.kasane.shared.PersonId;
import jp.kasane.shared.RuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The housing module's API: the municipality's 居住継続支援 checklist (別添5 4(2)) and 居住継続支援 as an
 * element of a 多機関協働 case with its follow-ups. Nothing of the function may be used until
 * {@link HousingPrerequisitePolicy} allows it; a person's element is seen only by users with a basis
 * to see that person ({@link PersonAccess}), and every read or change of one is audited.
 */
@Service
@Transactional
public class HousingManagement {

	private static final Set<CaseState> OPEN = EnumSet.of(CaseState.INTAKE, CaseState.ASSESSMENT, CaseState.PLANNING,
			CaseState.IN_SUPPORT);

	/** A follow-up due within this many days shows as due on the lists. */
	static final int DUE_WITHIN_DAYS = 7;

	private static final String RECORD_TYPE = "housing_support";

	private final HousingRecords records;
	private final CaseManagement cases;
	private final PersonAccess access;
	private final AuditLog audit;
	private final Clock clock;

	HousingManagement(HousingRecords records, CaseManagement cases, PersonAccess access, AuditLog audit, Clock clock) {
		this.records = records;
		this.cases = cases;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** The municipality's checklist with what the policy answers (no personal data). */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR', 'CASEWORKER')")
	public Prerequisites prerequisites() {
		HousingRecords.Checklist checklist = records.checklist(ActorContext.require().tenantId());
		return new Prerequisites(checklist.measures(), checklist.activities(), checklist.version(), decide(checklist));
	}

	/** Whether 居住継続支援 may be used in the user's municipality now, and why not. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR', 'CASEWORKER')")
	public HousingPrerequisitePolicy.Decision availability() {
		return decide(records.checklist(ActorContext.require().tenantId()));
	}

	/** Saves the whole checklist; municipal staff only, refused as stale if someone saved first. */
	@PreAuthorize("hasRole('MUNICIPAL_STAFF')")
	public Prerequisites updatePrerequisites(HousingForms.PrerequisitesForm form) {
		Actor actor = ActorContext.require();
		LocalDate today = LocalDate.now(clock);
		if (form.measures().size() != PrerequisiteMeasure.values().length || form.measures().stream()
			.map(HousingForms.MeasureForm::measure).collect(Collectors.toSet()).size() != PrerequisiteMeasure.values().length) {
			throw new InvalidField("measures", "基本的な取組（①）の5項目を1回ずつ送ってください");
		}
		if (form.activities().size() != SetupActivity.values().length || form.activities().stream()
			.map(HousingForms.ActivityForm::activity).collect(Collectors.toSet()).size() != SetupActivity.values().length) {
			throw new InvalidField("activities", "体制整備の取組（②）の3項目を1回ずつ送ってください");
		}
		List<Prerequisites.Measure> measures = new ArrayList<>();
		for (int i = 0; i < form.measures().size(); i++) {
			HousingForms.MeasureForm m = form.measures().get(i);
			if (m.done() && m.doneOn() == null) {
				throw new InvalidField("measures[" + i + "].doneOn", "「" + m.measure().label() + "」の実施日を入力してください");
			}
			if (m.done() && m.doneOn().isAfter(today)) {
				throw new InvalidField("measures[" + i + "].doneOn", "「" + m.measure().label() + "」の実施日に未来の日付は入力できません");
			}
			measures.add(new Prerequisites.Measure(m.measure(), m.done(), m.done() ? m.doneOn() : null, blankToNull(m.evidence())));
		}
		List<Prerequisites.Activity> activities = form.activities().stream()
			.map(a -> new Prerequisites.Activity(a.activity(), a.status(), blankToNull(a.note())))
			.toList();
		records.saveChecklist(actor.tenantId(), form.version(), measures, activities, actor.userId());
		return prerequisites();
	}

	/**
	 * The 居住継続支援 elements of a case for the people the user may see. A user who may see nobody on
	 * the case gets not found, as if the case did not exist.
	 */
	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR', 'CASEWORKER')")
	public CaseHousing ofCase(UUID caseId) {
		Actor actor = ActorContext.require();
		CaseView c = visibleCase(caseId);
		List<HousingSupport> supports = new ArrayList<>();
		List<AuditEvent> reads = new ArrayList<>();
		for (HousingRecords.Row row : records.ofCase(actor.tenantId(), caseId)) {
			basis(actor, row).ifPresent(basis -> {
				supports.add(view(actor, row));
				reads.add(new AuditEvent(AuditAction.READ, RECORD_TYPE, row.id().toString(), new PersonId(row.personId()), basis));
			});
		}
		audit.recordAll(reads);
		return new CaseHousing(caseId, c.stateLabel(), availability(), supports);
	}

	/** One element, for a user with a basis to see its person. */
	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR', 'CASEWORKER')")
	public HousingSupport get(UUID supportId) {
		Actor actor = ActorContext.require();
		HousingRecords.Row row = load(actor, supportId);
		String basis = basis(actor, row).orElseThrow(() -> new NotFoundException("housing", supportId.toString()));
		audit.record(new AuditEvent(AuditAction.READ, RECORD_TYPE, supportId.toString(), new PersonId(row.personId()), basis));
		return view(actor, row);
	}

	/** Everyone in 居住継続支援 the user may see, the next follow-up first. */
	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR', 'CASEWORKER')")
	public List<HousingSupport> supports() {
		return listed(support -> true);
	}

	/**
	 * Those whose next follow-up is within a week or overdue, for the start page: only these are
	 * listed, so only these leave an audit entry each time the page is opened.
	 */
	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR', 'CASEWORKER')")
	public List<HousingSupport> dueSoon() {
		return listed(HousingSupport::dueSoon);
	}

	private List<HousingSupport> listed(Predicate<HousingSupport> shown) {
		Actor actor = ActorContext.require();
		List<HousingSupport> visible = new ArrayList<>();
		List<AuditEvent> listed = new ArrayList<>();
		for (HousingRecords.Row row : records.all(actor.tenantId())) {
			basis(actor, row).ifPresent(basis -> {
				HousingSupport support = view(actor, row);
				if (shown.test(support)) {
					visible.add(support);
					listed.add(new AuditEvent(AuditAction.LIST, RECORD_TYPE, row.id().toString(), new PersonId(row.personId()), basis));
				}
			});
		}
		audit.recordAll(listed);
		visible.sort(Comparator.comparing(HousingSupport::nextFollowUpOn).thenComparing(HousingSupport::startedOn));
		return visible;
	}

	/**
	 * Starts 居住継続支援 for a person of the case, as the 重層的支援会議 found it needed (別添5 4(1)): by
	 * the municipality or the 多機関協働事業者, who attend that conference.
	 */
	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR')")
	public HousingSupport start(UUID caseId, HousingForms.NewHousingSupport form) {
		Actor actor = ActorContext.require();
		LocalDate today = LocalDate.now(clock);
		CaseView c = visibleCase(caseId);
		requirePrerequisites(actor);
		if (!OPEN.contains(c.state())) {
			throw new RuleViolation("CASE_NOT_OPEN", "居住継続支援は相談受付から支援中までの事例にだけ記録できます（現在：" + c.stateLabel() + "）");
		}
		if (!c.people().contains(form.person())) {
			throw new InvalidField("person", "この事例の対象の人から選んでください");
		}
		if (!form.complexNeeds() || !form.continuationNeeded()) {
			throw new RuleViolation("HOUSING_NOT_ELIGIBLE", "居住継続支援の対象は、重層的支援会議で別添5 4(1)の2つの要件をどちらも満たすと判断された人です"
					+ "（未確認：" + (form.complexNeeds() ? "" : "要件1 課題の複合化・入居後支援の必要性 ")
					+ (form.continuationNeeded() ? "" : "要件2 アウトリーチ等・参加支援での居住継続支援の必要性") + "）");
		}
		if (form.conferenceHeldOn().isAfter(today)) {
			throw new InvalidField("conferenceHeldOn", "重層的支援会議の開催日に未来の日付は入力できません");
		}
		if (form.conferenceDecision() != null) {
			Optional<ConferenceDecision> decision = cases.decisionsFor(caseId).stream()
				.filter(d -> d.id().equals(form.conferenceDecision()))
				.findFirst();
			if (decision.isEmpty() || !decision.get().multiLayered() || !decision.get().held()) {
				throw new InvalidField("conferenceDecision", "この事例について開催済みの重層的支援会議で記録された決定から選んでください");
			}
		}
		if (form.situation() == HousingSituation.MOVED_IN && form.moveInOn() == null) {
			throw new InvalidField("moveInOn", "入居済みの場合は入居日を入力してください");
		}
		if (form.situation() == HousingSituation.MOVED_IN && form.moveInOn().isAfter(today)) {
			throw new InvalidField("moveInOn", "入居済みの場合、入居日に未来の日付は入力できません");
		}
		if (!form.watching() && !form.resourceMatching() && !form.communityTies()) {
			throw new InvalidField("content", "支援内容（入居後の見守り・地域資源とのマッチング・地域とのつながりづくり）を1つ以上選んでください");
		}
		if (form.firstFollowUpOn().isBefore(today)) {
			throw new InvalidField("firstFollowUpOn", "最初のフォローアップ予定日は今日以降の日付にしてください");
		}
		if (records.exists(actor.tenantId(), caseId, form.person())) {
			throw new RuleViolation("HOUSING_SUPPORT_EXISTS", "この人の居住継続支援はこの事例にすでに記録されています");
		}
		HousingRecords.Row row = new HousingRecords.Row(UUID.randomUUID(), caseId, form.person(), true, true,
				form.conferenceHeldOn(), form.conferenceDecision(), form.situation(), form.moveInOn(),
				blankToNull(form.addressNote()), blankToNull(form.supportCorporation()), form.watching(), form.resourceMatching(),
				form.communityTies(), blankToNull(form.contentNote()), form.firstFollowUpOn(), today);
		records.insert(actor.tenantId(), row, actor.userId(), actor.agencyId());
		String basis = basis(actor, row).orElseThrow(() -> new NotFoundException("person", form.person().toString()));
		audit.record(new AuditEvent(AuditAction.CREATE, RECORD_TYPE, row.id().toString(), new PersonId(row.personId()), basis));
		return view(actor, row);
	}

	/** Records a follow-up (visit or contact) and the next date, by anyone who may see the person. */
	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR', 'CASEWORKER')")
	public HousingSupport recordFollowUp(UUID supportId, HousingForms.NewFollowUp form) {
		Actor actor = ActorContext.require();
		HousingRecords.Row row = load(actor, supportId);
		String basis = basis(actor, row).orElseThrow(() -> new NotFoundException("housing", supportId.toString()));
		requirePrerequisites(actor);
		if (form.heldOn().isAfter(LocalDate.now(clock))) {
			throw new InvalidField("heldOn", "実施日に未来の日付は記録できません");
		}
		if (!form.nextOn().isAfter(form.heldOn())) {
			throw new InvalidField("nextOn", "次回の予定日は実施日より後の日付にしてください");
		}
		records.addFollowUp(actor.tenantId(), supportId, form, actor.userId(), actor.agencyId());
		audit.record(new AuditEvent(AuditAction.UPDATE, RECORD_TYPE, supportId.toString(), new PersonId(row.personId()), basis));
		return view(actor, row);
	}

	private void requirePrerequisites(Actor actor) {
		HousingRecords.Checklist checklist = records.checklist(actor.tenantId());
		HousingPrerequisitePolicy.require(done(checklist));
	}

	private static HousingPrerequisitePolicy.Decision decide(HousingRecords.Checklist checklist) {
		return HousingPrerequisitePolicy.check(done(checklist));
	}

	private static Set<PrerequisiteMeasure> done(HousingRecords.Checklist checklist) {
		Set<PrerequisiteMeasure> done = new HashSet<>();
		checklist.measures().stream().filter(Prerequisites.Measure::done).forEach(m -> done.add(m.measure()));
		return done;
	}

	/** The case if the user may see at least one of its people; otherwise not found. */
	private CaseView visibleCase(UUID caseId) {
		CaseView c = cases.view(caseId);
		if (c.people().isEmpty()) {
			throw new NotFoundException("case", caseId.toString());
		}
		return c;
	}

	private HousingRecords.Row load(Actor actor, UUID supportId) {
		return records.find(actor.tenantId(), supportId).orElseThrow(() -> new NotFoundException("housing", supportId.toString()));
	}

	private Optional<String> basis(Actor actor, HousingRecords.Row row) {
		return access.basis(actor, new PersonId(row.personId()));
	}

	private HousingSupport view(Actor actor, HousingRecords.Row r) {
		LocalDate today = LocalDate.now(clock);
		List<HousingSupport.FollowUp> followUps = records.followUps(actor.tenantId(), r.id());
		HousingSupport.FollowUp last = followUps.isEmpty() ? null : followUps.get(followUps.size() - 1);
		LocalDate next = last == null ? r.firstFollowUpOn() : last.nextOn();
		LocalDate lastContact = last == null ? null : last.heldOn();
		long days = Math.max(0, ChronoUnit.DAYS.between(lastContact == null ? r.startedOn() : lastContact, today));
		return new HousingSupport(r.id(), r.caseId(), r.personId(), r.complexNeeds(), r.continuationNeeded(),
				r.conferenceHeldOn(), r.conferenceDecision(), r.situation(), r.moveInOn(), r.addressNote(),
				r.supportCorporation(), r.watching(), r.resourceMatching(), r.communityTies(), r.contentNote(), r.startedOn(),
				next, lastContact, days, !next.isAfter(today.plusDays(DUE_WITHIN_DAYS)), next.isBefore(today), followUps);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
