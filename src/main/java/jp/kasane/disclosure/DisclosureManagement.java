package jp.kasane.disclosure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.kasane.audit.AuditAction;
import jp.kasane.audit.AuditEvent;
import jp.kasane.audit.AuditLog;
import jp.kasane.casework.CaseManagement;
import jp.kasane.casework.CaseSummary;
import jp.kasane.casework.CaseView;
import jp.kasane.consent.Consent;
import jp.kasane.consent.ConsentManagement;
import jp.kasane.consent.ConsentPurpose;
import jp.kasane.disclosure.PersonDisclosure.*;
import jp.kasane.documents.PdfPrinter;
import jp.kasane.documents.SpreadsheetCells;
import jp.kasane.housing.HousingManagement;
import jp.kasane.housing.HousingSupport;
import jp.kasane.intake.Consultation;
import jp.kasane.intake.IntakeManagement;
import jp.kasane.intake.Referral;
import jp.kasane.meeting.MeetingKind;
import jp.kasane.meeting.MeetingManagement;
import jp.kasane.meeting.MeetingView;
import jp.kasane.organization.Agency;
import jp.kasane.organization.OrganizationManagement;
import jp.kasane.outreach.OutreachManagement;
import jp.kasane.outreach.OutreachView;
import jp.kasane.participation.ParticipationManagement;
import jp.kasane.person.HouseholdManagement;
import jp.kasane.person.HouseholdView;
import jp.kasane.person.Membership;
import jp.kasane.person.Person;
import jp.kasane.person.PersonManagement;
import jp.kasane.plan.PlanManagement;
import jp.kasane.plan.SupportPlan;
import jp.kasane.shared.Actor;
import jp.kasane.shared.ActorContext;
import jp.kasane.shared.InvalidField;
import jp.kasane.shared.PersonId;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The disclosure module's API. A person export (開示請求に基づく写し) is for municipal staff only — the
 * 実施機関 answers the request — and is assembled through each module's own API, so every read is checked
 * and audited there; the export itself is audited as {@link AuditAction#EXPORT} with the basis
 * {@code DISCLOSURE_REQUEST:<受付番号>}. The case list CSV is for anyone who may see the case list, with
 * exactly its rows.
 */
@Service
@Transactional
public class DisclosureManagement {

	/** Basis written to the audit log for a person export, followed by the request's 受付番号. */
	public static final String DISCLOSURE_BASIS = "DISCLOSURE_REQUEST:";

	/** Basis written to the audit log for each person on an exported case list. */
	public static final String CASE_LIST_BASIS = "CASE_LIST_CSV";

	static final String SUPPORT_CONFERENCE_REASON = "支援会議（社会福祉法第106条の6）の記録です。構成員には守秘義務があり（同条第5項）、"
			+ "守秘義務の誓約をした構成員でなければ開けないため、この写しには含めていません（不開示情報）。";

	static final String THIRD_PARTY_MINUTES_REASON = "会議録の本文は本人以外の方に関する記載を含むため省略しました（開示請求者以外の個人に関する情報）。"
			+ "本人に関する議題と決定は記載しています。";

	static final String SHARED_CASE_REASON = "本人以外の方も対象の事例のため、支援経過・支援決定・プランの記載内容は省略しました（開示請求者以外の個人に関する情報）。"
			+ "日付、種別、状態、機関、モニタリング日は記載しています。";

	static final List<String> RULES = List.of(
			"本人の記録は、各モジュールの閲覧規則に従い、出力した職員が閲覧できる範囲だけを記載しています。",
			"世帯員は続柄だけを記載し、氏名・生年月日などは記載しません（出力した職員が閲覧できる世帯員に限ります）。",
			"多機関協働の事例に本人以外の方がいる場合は人数だけを記載し、その事例の支援経過・支援決定・プランの記載内容は省略します。",
			"会議は本人が議題になったものだけを記載し、本人の議題と決定を記載します。会議録の本文は、すべての議題が本人に関するものである場合にだけ記載します。",
			"支援会議（社会福祉法第106条の6）の記録は、守秘義務の誓約をした構成員でなければ記載せず、不開示として件数と理由を記載します。",
			"他機関が機微な情報として記録した相談内容は、記録した機関だけが閲覧できるため記載しません。");

	private final PersonManagement people;
	private final HouseholdManagement households;
	private final ConsentManagement consents;
	private final IntakeManagement intake;
	private final CaseManagement cases;
	private final PlanManagement plans;
	private final MeetingManagement meetings;
	private final OutreachManagement outreach;
	private final ParticipationManagement participation;
	private final HousingManagement housing;
	private final OrganizationManagement organization;
	private final PdfPrinter printer;
	private final AuditLog audit;
	private final Clock clock;

	DisclosureManagement(PersonManagement people, HouseholdManagement households, ConsentManagement consents,
			IntakeManagement intake, CaseManagement cases, PlanManagement plans, MeetingManagement meetings,
			OutreachManagement outreach, ParticipationManagement participation, HousingManagement housing,
			OrganizationManagement organization, PdfPrinter printer, AuditLog audit, Clock clock) {
		this.people = people;
		this.households = households;
		this.consents = consents;
		this.intake = intake;
		this.cases = cases;
		this.plans = plans;
		this.meetings = meetings;
		this.outreach = outreach;
		this.participation = participation;
		this.housing = housing;
		this.organization = organization;
		this.printer = printer;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether the current user may export a person's record (municipal staff). */
	@Transactional(readOnly = true)
	public boolean mayExportPeople() {
		return ActorContext.require().has(jp.kasane.shared.Role.MUNICIPAL_STAFF);
	}

	/** The person's record as the JSON structure of {@link PersonDisclosure}, audited as an export. */
	@PreAuthorize("hasRole('MUNICIPAL_STAFF')")
	public PersonDisclosure export(PersonId id, String reference) {
		PersonDisclosure disclosure = gather(id, checked(reference));
		exported(id, "json", disclosure.reference());
		return disclosure;
	}

	/** The same record as an A4 PDF 「開示請求に基づく写し」 with page numbers, audited as an export. */
	@PreAuthorize("hasRole('MUNICIPAL_STAFF')")
	public byte[] exportPdf(PersonId id, String reference) {
		PersonDisclosure disclosure = gather(id, checked(reference));
		byte[] pdf = DisclosurePdf.render(disclosure, printer);
		exported(id, "pdf", disclosure.reference());
		return pdf;
	}

	/**
	 * 事例一覧 as CSV (UTF-8 with BOM, for Excel): exactly the rows of the case list page, names only of the
	 * people the user may see; each exported person (and each case without one) is audited as an export.
	 */
	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR', 'CASEWORKER')")
	public byte[] caseListCsv() {
		List<CaseSummary> list = cases.list();
		Map<UUID, String> agencies = agencyNames();
		LocalDate today = LocalDate.now(clock);
		StringBuilder out = new StringBuilder("\uFEFF");
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(CaseCsv.HEADER).get())) {
			List<AuditEvent> events = new ArrayList<>();
			for (CaseSummary c : list) {
				List<SupportPlan> versions = plans.plansOf(c.id());
				SupportPlan plan = versions.stream().filter(p -> p.status() == SupportPlan.Status.ADOPTED).findFirst()
					.orElse(versions.stream().max(Comparator.comparingInt(SupportPlan::versionNo)).orElse(null));
				String members = plan == null ? "" : plan.roles().stream().map(r -> agencies.getOrDefault(r.agency(), ""))
					.distinct().collect(Collectors.joining("、"));
				LocalDate nextMonitoring = plan == null || plan.status() != SupportPlan.Status.ADOPTED ? null
						: plan.monitoringDates().stream().filter(d -> !d.isBefore(today)).min(Comparator.naturalOrder()).orElse(null);
				String names = c.people().stream().map(p -> people.get(new PersonId(p)).fullName()).collect(Collectors.joining("、"));
				SpreadsheetCells.printRecord(csv, CaseCsv.row(c, agencies, members, nextMonitoring, names).toArray());
				c.people().forEach(p -> events.add(new AuditEvent(AuditAction.EXPORT, "case-list", c.id().toString(), new PersonId(p),
						CASE_LIST_BASIS)));
				if (c.people().isEmpty()) {
					events.add(new AuditEvent(AuditAction.EXPORT, "case-list", c.id().toString(), null, CASE_LIST_BASIS));
				}
			}
			audit.recordAll(events);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String checked(String reference) {
		RequestReference.problem(reference).ifPresent(problem -> {
			throw new InvalidField("reference", problem);
		});
		return RequestReference.normalise(reference);
	}

	private void exported(PersonId id, String format, String reference) {
		audit.record(new AuditEvent(AuditAction.EXPORT, "disclosure:" + format, id.toString(), id, DISCLOSURE_BASIS + reference));
	}

	private PersonDisclosure gather(PersonId id, String reference) {
		Actor actor = ActorContext.require();
		Person p = people.get(id);
		Map<UUID, String> agencies = agencyNames();
		List<Withheld> withheld = new ArrayList<>();
		Identity identity = new Identity(p.id().value(), p.familyName(), p.givenName(), p.familyKana(), p.givenKana(),
				p.birthDate(), p.sex(), p.postalCode(), p.address(), p.phone(), p.safeContactNote(),
				agencies.get(p.registeredBy().value()));
		return new PersonDisclosure(PersonDisclosure.FORMAT, reference, OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS),
				organization.currentTenant().name(), agencies.get(actor.agencyId().value()), identity,
				households(id, withheld), consents(id, agencies), consultations(id, actor, agencies, withheld),
				referrals(id, agencies), cases(id, agencies, withheld), meetings(id, withheld), outreach(id, agencies),
				participation(id), List.copyOf(withheld), RULES);
	}

	private List<HouseholdPart> households(PersonId id, List<Withheld> withheld) {
		List<HouseholdPart> parts = new ArrayList<>();
		int hidden = 0;
		for (Membership m : households.membershipsOf(id)) {
			HouseholdView view = households.view(m.household());
			List<OtherMember> others = view.members().stream().filter(x -> !x.person().id().equals(id))
				.map(x -> new OtherMember(x.membership().relationship().label(), x.membership().current()))
				.toList();
			hidden += view.hiddenMembers();
			parts.add(new HouseholdPart(m.household().value(), view.household().label(), m.relationship().label(), m.joinedOn(),
					m.leftOn(), m.leftReason(), others));
		}
		if (hidden > 0) {
			withheld.add(new Withheld("世帯員", hidden, "NO_BASIS",
					"出力した職員に閲覧の根拠がない世帯員は、続柄も記載していません。"));
		}
		return parts;
	}

	private List<ConsentPart> consents(PersonId id, Map<UUID, String> agencies) {
		return consents.consentsOf(id).stream()
			.map((Consent c) -> new ConsentPart(c.id(), c.purposes().stream().sorted().map(ConsentPurpose::label).toList(),
					c.agencies().stream().map(a -> agencies.getOrDefault(a.value(), "―")).sorted().toList(), c.coversConference(),
					c.method().label(), c.obtainedOn(), agencies.get(c.obtainedByAgency().value()), c.validUntil(), c.note(),
					c.withdrawnOn(), c.withdrawalReason()))
			.toList();
	}

	private List<ConsultationPart> consultations(PersonId id, Actor actor, Map<UUID, String> agencies, List<Withheld> withheld) {
		Map<String, String> tags = intake.tags();
		List<ConsultationPart> parts = new ArrayList<>();
		int masked = 0;
		for (Consultation c : intake.consultationsOf(id)) {
			boolean notesWithheld = c.sensitive() && !c.agency().equals(actor.agencyId().value());
			masked += notesWithheld ? 1 : 0;
			parts.add(new ConsultationPart(c.id(), c.receivedOn(), agencies.get(c.agency()), c.channel().label(), c.consulter().label(),
					c.tags().stream().map(t -> tags.getOrDefault(t, t)).toList(), notesWithheld ? null : c.notes(), notesWithheld,
					c.outcome().label()));
		}
		if (masked > 0) {
			withheld.add(new Withheld("相談内容", masked, "SENSITIVE_NOTE",
					"他機関が機微な情報として記録した相談内容は、記録した機関だけが閲覧できるため記載していません。"));
		}
		return parts;
	}

	private List<ReferralPart> referrals(PersonId id, Map<UUID, String> agencies) {
		return intake.referralsOf(id).stream()
			.map((Referral r) -> new ReferralPart(r.id(), r.requestedOn(), agencies.get(r.fromAgency()), agencies.get(r.toAgency()),
					r.status().label(), r.requestNote(), r.returnReason()))
			.toList();
	}

	/**
	 * The person's cases. On a case with other people (a household), the free text of the 支援経過記録, the
	 * 支援決定 and the plans may describe them too, so it is left out and counted as withheld; the dates,
	 * kinds, states, agencies and monitoring dates stay.
	 */
	private List<CasePart> cases(PersonId id, Map<UUID, String> agencies, List<Withheld> withheld) {
		List<CasePart> parts = new ArrayList<>();
		int shared = 0;
		for (UUID caseId : cases.casesOf(id)) {
			CaseView c = cases.view(caseId);
			int others = (int) c.people().stream().filter(p -> !p.equals(id.value())).count() + c.hiddenPeople();
			boolean own = others == 0;
			shared += own ? 0 : 1;
			List<PlanPart> planParts = plans.plansOf(caseId).stream()
				.sorted(Comparator.comparingInt(SupportPlan::versionNo))
				.map(pl -> new PlanPart(pl.versionNo(), pl.status().label(), pl.adoptedOn(), own ? pl.personGoals() : null,
						own ? pl.policy() : null,
						pl.roles().stream().map(r -> new PlanRole(agencies.getOrDefault(r.agency(), "―"), r.role(), own ? r.tasks() : null))
							.toList(),
						pl.monitoringDates()))
				.toList();
			List<HousingPart> housingParts = housing.ofCase(caseId).supports().stream()
				.filter(h -> h.personId().equals(id.value()))
				.map(DisclosureManagement::housingPart)
				.toList();
			parts.add(new CasePart(c.id(), c.id().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT), c.stateLabel(),
					agencies.get(c.referrerAgency()), c.leadAgency() == null ? null : agencies.get(c.leadAgency()), others,
					own ? null : SHARED_CASE_REASON,
					c.timeline().stream().map(e -> new TimelinePart(e.at(), e.kind(), e.kindLabel(), own ? e.note() : null)).toList(),
					c.supportDecisions().stream()
						.map(d -> new DecisionPart(d.program().label(), d.decidedOn(), d.earlyStart(), own ? d.reason() : null))
						.toList(),
					planParts, housingParts));
		}
		if (shared > 0) {
			withheld.add(new Withheld("複数の方の事例の記載", shared, "THIRD_PARTY", SHARED_CASE_REASON));
		}
		return parts;
	}

	private static HousingPart housingPart(HousingSupport h) {
		return new HousingPart(h.id(), h.situation() == null ? null : h.situation().label(), h.moveInOn(), h.supportCorporation(),
				h.contentLabel(), h.contentNote(), h.startedOn(), h.nextFollowUpOn(),
				h.followUps().stream().map(f -> new HousingFollowUp(f.heldOn(), f.method() == null ? null : f.method().label(), f.note(),
						f.nextOn())).toList());
	}

	private List<MeetingPart> meetings(PersonId id, List<Withheld> withheld) {
		List<MeetingPart> parts = new ArrayList<>();
		int confidential = 0;
		int minutesLeftOut = 0;
		for (MeetingManagement.Concerning c : meetings.concerning(id)) {
			if (!c.mayOpen()) {
				if (c.kind() == MeetingKind.SUPPORT_CONFERENCE) {
					confidential++;
					parts.add(new MeetingPart(c.meetingId(), c.kind().label(), null, c.heldOn(), List.of(), null, true,
							SUPPORT_CONFERENCE_REASON));
				}
				continue;
			}
			MeetingView m = meetings.view(c.meetingId());
			List<MeetingView.Item> own = m.agenda().stream().filter(i -> i.person().equals(id.value())).toList();
			boolean onlyThisPerson = own.size() == m.agenda().size();
			if (!onlyThisPerson && m.minutes() != null && !m.minutes().isBlank()) {
				minutesLeftOut++;
			}
			List<AgendaPart> agenda = own.stream()
				.map(i -> new AgendaPart(i.role().name() + "：" + i.role().label(), i.note(),
						m.decisions().stream().filter(d -> Objects.equals(d.agendaItem(), i.id()))
							.map(d -> (d.type() == null ? "" : "【" + d.type().label() + "】") + d.text()).toList()))
				.toList();
			parts.add(new MeetingPart(m.id(), m.kindLabel(), m.title(), m.heldOn(), agenda, onlyThisPerson ? m.minutes() : null, false,
					onlyThisPerson ? null : THIRD_PARTY_MINUTES_REASON));
		}
		if (confidential > 0) {
			withheld.add(new Withheld("支援会議の記録", confidential, "SUPPORT_CONFERENCE_CONFIDENTIAL", SUPPORT_CONFERENCE_REASON));
		}
		if (minutesLeftOut > 0) {
			withheld.add(new Withheld("会議録の本文", minutesLeftOut, "THIRD_PARTY", THIRD_PARTY_MINUTES_REASON));
		}
		return parts;
	}

	private List<OutreachPart> outreach(PersonId id, Map<UUID, String> agencies) {
		return outreach.recordsOf(id).stream().map(outreach::view)
			.map((OutreachView o) -> new OutreachPart(o.id(), agencies.get(o.holderAgency()), o.sourceLabel(), o.knownOn(),
					o.stageLabel(), o.closedOn(), o.closeReason() == null ? null : o.closeReason().label(),
					o.attempts().stream().map(a -> new Attempt(a.attemptedOn(), a.methodLabel(), a.contactMade(), a.result())).toList(),
					o.notes().stream().map(n -> new Note(n.notedOn(), n.text())).toList(),
					o.stages().stream().map(s -> new StageChange(s.changedOn(), s.toLabel(), s.backwards(), s.reason())).toList()))
			.toList();
	}

	private ParticipationPart participation(PersonId id) {
		ParticipationManagement.PersonParticipation pp = participation.of(id);
		var needs = pp.needs();
		return new ParticipationPart(needs.map(n -> n.interestsText()).orElse(null), needs.map(n -> n.area()).orElse(null),
				needs.map(n -> n.daysText()).orElse(null), needs.map(n -> n.notes()).orElse(null),
				pp.placements().stream()
					.map(pl -> new PlacementPart(pl.id(), pl.menuTitle(), pl.hostName(), pl.statusLabel(), pl.startOn(), pl.activeSince(),
							pl.endedOn(), pl.endReason(), pl.earlyStart(),
							pl.followUps().stream().map(f -> new PlacementFollowUp(f.kind().label(), f.dueOn(), f.state(), f.doneOn(), f.notes()))
								.toList()))
					.toList());
	}

	private Map<UUID, String> agencyNames() {
		return organization.agencies().stream().collect(Collectors.toMap(a -> a.id().value(), Agency::name));
	}
}
