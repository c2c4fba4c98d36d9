package jp.kasane.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.kasane.audit.AuditAction;
import jp.kasane.audit.AuditEvent;
import jp.kasane.audit.AuditLog;
import jp.kasane.casework.CaseManagement;
import jp.kasane.casework.CaseView;
import jp.kasane.consent.Consent;
import jp.kasane.consent.ConsentManagement;
import jp.kasane.intake.Consultation;
import jp.kasane.intake.IntakeManagement;
import jp.kasane.meeting.MeetingKind;
import jp.kasane.meeting.MeetingManagement;
import jp.kasane.meeting.MeetingView;
import jp.kasane.organization.Agency;
import jp.kasane.organization.OrganizationManagement;
import jp.kasane.person.Person;
import jp.kasane.person.PersonManagement;
import jp.kasane.plan.PlanManagement;
import jp.kasane.plan.SupportPlan;
import jp.kasane.shared.NotFoundException;
import jp.kasane.shared.PersonId;
import jp.kasane.shared.WarekiDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The printable 帳票 (相談受付・申込票, プラン, 会議録), generated from the records through the modules'
 * APIs, so every access rule applies; each print is audited as an export.
 */
@Service
@Transactional
class DocumentService {

	static final String CONSENT_CLAUSE = "私は、多機関協働事業の役割と内容について説明を受け、支援関係機関が私の支援のために必要な範囲で"
			+ "私の情報を共有し、重層的支援会議で検討することに同意します。この同意はいつでも撤回できます。";

	private final PdfFont font;
	private final PersonManagement people;
	private final ConsentManagement consents;
	private final IntakeManagement intake;
	private final CaseManagement cases;
	private final PlanManagement plans;
	private final MeetingManagement meetings;
	private final OrganizationManagement organization;
	private final AuditLog audit;
	private final Clock clock;

	DocumentService(PdfFont font, PersonManagement people, ConsentManagement consents, IntakeManagement intake,
			CaseManagement cases, PlanManagement plans, MeetingManagement meetings, OrganizationManagement organization,
			AuditLog audit, Clock clock) {
		this.font = font;
		this.people = people;
		this.consents = consents;
		this.intake = intake;
		this.cases = cases;
		this.plans = plans;
		this.meetings = meetings;
		this.organization = organization;
		this.audit = audit;
		this.clock = clock;
	}

	/** 相談受付・申込票: the person, the latest consultation, and the consent clause with its status. */
	byte[] application(PersonId id) {
		Person p = people.get(id);
		List<Consultation> consultations = intake.consultationsOf(id);
		List<Consent> given = consents.consentsOf(id);
		PdfSheet sheet = new PdfSheet(font.path(), "相談受付・申込票", printed());
		sheet.section("本人").row("氏名", p.fullName()).row("フリガナ", p.fullKana()).row("生年月日", p.birthDateText())
			.row("住所", (p.postalCode() == null ? "" : "〒" + p.postalCode() + " ") + nullToEmpty(p.address()))
			.row("電話", p.phone()).row("連絡上の配慮", p.safeContactNote());
		if (!consultations.isEmpty()) {
			Consultation c = consultations.get(0);
			sheet.section("相談の内容").row("相談日", WarekiDate.formatBoth(c.receivedOn())).row("受付機関", agencyNames().get(c.agency()))
				.row("経路・相談者", c.channel().label() + "・" + c.consulter().label())
				.row("課題", String.join("、", c.tags().stream().map(t -> intake.tags().getOrDefault(t, t)).toList()))
				.row("内容", c.notes()).row("受付時の対応", c.outcome().label());
		}
		sheet.section("多機関協働事業の利用申込と同意").paragraph(CONSENT_CLAUSE);
		given.stream().filter(c -> c.inForceOn(LocalDate.now(clock))).findFirst().ifPresentOrElse(
				c -> sheet.row("同意", "あり（" + c.method().label() + "、" + WarekiDate.formatBoth(c.obtainedOn()) + "、取得者 "
						+ c.obtainedByName() + "）").row("共有先", names(c)).row("重層的支援会議", c.coversConference() ? "検討に同意" : "同意なし"),
				() -> sheet.row("同意", "未取得").row("本人署名", "　　　　　　　　　　　　　　　　年　　月　　日"));
		exported(id, "application");
		return sheet.finish();
	}

	/** インテーク・アセスメントシート: each person of the case with their consultations, consent and the case so far. */
	byte[] assessment(UUID caseId) {
		CaseView c = cases.view(caseId);
		Map<UUID, String> agencies = agencyNames();
		PdfSheet sheet = new PdfSheet(font.path(), "インテーク・アセスメントシート", printed());
		sheet.section("事例").row("状態", c.stateLabel()).row("紹介元", agencies.get(c.referrerAgency()))
			.row("本人への連絡の試み", c.contactAttempts() + " 件");
		for (UUID id : c.people()) {
			PersonId personId = new PersonId(id);
			Person p = people.get(personId);
			sheet.section(p.fullName() + "（" + p.fullKana() + "）").row("生年月日", p.birthDateText())
				.row("住所", (p.postalCode() == null ? "" : "〒" + p.postalCode() + " ") + nullToEmpty(p.address()))
				.row("連絡上の配慮", p.safeContactNote());
			for (Consultation k : intake.consultationsOf(personId)) {
				sheet.row(WarekiDate.formatSeireki(k.receivedOn()) + " " + agencies.getOrDefault(k.agency(), ""),
						String.join("、", k.tags().stream().map(t -> intake.tags().getOrDefault(t, t)).toList()) + "：" + nullToEmpty(k.notes())
								+ "（" + k.outcome().label() + "）");
			}
			sheet.row("本人同意", consents.mayShare(personId, new jp.kasane.shared.AgencyId(c.referrerAgency()),
					jp.kasane.consent.ConsentPurpose.MULTI_AGENCY_COLLABORATION).reason());
			exported(personId, "assessment");
		}
		if (c.hiddenPeople() > 0) {
			sheet.note("ほかに " + c.hiddenPeople() + " 名（閲覧の根拠がないため記載しません）");
		}
		sheet.section("支援経過");
		c.timeline().forEach(e -> sheet.row(e.atText(), e.kindLabel() + (e.note() == null ? "" : "：" + e.note())));
		return sheet.finish();
	}

	/** プラン: one version of a case's plan with the people, goals, policy, roles and monitoring dates. */
	byte[] plan(UUID caseId, UUID planId) {
		CaseView c = cases.view(caseId);
		SupportPlan plan = plans.plansOf(caseId).stream().filter(p -> p.id().equals(planId)).findFirst()
			.orElseThrow(() -> new NotFoundException("plan", planId.toString()));
		Map<UUID, String> agencies = agencyNames();
		PdfSheet sheet = new PdfSheet(font.path(), "多機関協働 支援プラン（第" + plan.versionNo() + "版）", printed());
		sheet.section("対象").row("本人・世帯員", String.join("、", c.people().stream().map(p -> people.get(new PersonId(p)).fullName()).toList()))
			.row("状態", plan.status().label() + (plan.adoptedOn() == null ? "" : "（" + WarekiDate.formatBoth(plan.adoptedOn()) + " 重層的支援会議で採用）"));
		sheet.section("本人の目標").paragraph(plan.personGoals());
		sheet.section("支援の方針").paragraph(plan.policy());
		sheet.section("機関の役割");
		plan.roles().forEach(r -> sheet.row(agencies.getOrDefault(r.agency(), "―"), r.role() + (r.tasks() == null ? "" : "（" + r.tasks() + "）")));
		sheet.section("モニタリング日").paragraph(String.join("、", plan.monitoringDates().stream().map(WarekiDate::formatBoth).toList()));
		c.people().forEach(p -> exported(new PersonId(p), "plan"));
		return sheet.finish();
	}

	/** 会議録: the meeting, attendance, agenda with roles, decisions and minutes; 支援会議 marked secret. */
	byte[] minutes(UUID meetingId) {
		MeetingView m = meetings.view(meetingId);
		Map<UUID, String> agencies = agencyNames();
		boolean secret = m.kind() == MeetingKind.SUPPORT_CONFERENCE;
		PdfSheet sheet = new PdfSheet(font.path(), "会議録　" + m.title(), (secret ? "秘（社会福祉法第106条の6）　" : "") + printed());
		sheet.section("会議").row("種類", m.kindLabel()).row("開催日", m.heldOn() == null ? "未開催" : WarekiDate.formatBoth(m.heldOn()))
			.row("出席機関", String.join("、", m.attendedAgencies().stream().map(a -> agencies.getOrDefault(a, "―")).toList()))
			.row("その他の出席者", m.attendees());
		sheet.section("議題と決定");
		Map<UUID, String> names = meetings.agendaNames(meetingId);
		for (MeetingView.Item item : m.agenda()) {
			PersonId person = new PersonId(item.person());
			String name = names.get(item.id());
			String decided = m.decisions().stream().filter(d -> d.agendaItem().equals(item.id()))
				.map(d -> (d.type() == null ? "" : "【" + d.type().label() + "】") + d.text())
				.collect(Collectors.joining("／"));
			sheet.row(item.role().name() + " " + name, item.role().label() + (decided.isEmpty() ? "" : "：" + decided));
			exported(person, "minutes");
		}
		sheet.section("会議録").paragraph(m.minutes());
		if (secret) {
			sheet.note("支援会議の事務に従事する者又は従事していた者は、正当な理由なく、その事務に関して知り得た秘密を漏らしてはならない（社会福祉法第106条の6第5項）。");
		}
		return sheet.finish();
	}

	private void exported(PersonId person, String document) {
		audit.record(new AuditEvent(AuditAction.EXPORT, "document:" + document, person.toString(), person, "PRINT"));
	}

	private String names(Consent c) {
		Map<UUID, String> agencies = agencyNames();
		return String.join("、", c.agencies().stream().map(a -> agencies.getOrDefault(a.value(), "―")).toList());
	}

	private Map<UUID, String> agencyNames() {
		return organization.agencies().stream().collect(Collectors.toMap(a -> a.id().value(), Agency::name));
	}

	private String printed() {
		return "出力日 " + WarekiDate.formatBoth(LocalDate.now(clock)) + "　" + organization.currentTenant().name();
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
