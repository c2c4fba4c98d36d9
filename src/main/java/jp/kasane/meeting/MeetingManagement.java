package jp.kasane.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.kasane.audit.AuditAction;
import jp.kasane.audit.AuditEvent;
import jp.kasane.audit.AuditLog;
import jp.kasane.consent.ConsentManagement;
import jp.kasane.consent.SharingDecision;
import jp.kasane.organization.OrganizationManagement;
import jp.kasane.person.PersonAccess;
import jp.kasane.shared.AccessRefused;
import jp.kasane.shared.Actor;
import jp.kasane.shared.ActorContext;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.InvalidField;
import jp.kasane.shared.NotFoundException;
import jp.kasane.shared.PersonId;
import jp.kasane.shared.Role;
import jp.kasane.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conferences: schedule, agenda, holding, decisions and the 支援会議's confidentiality pledges.
 * A 重層的支援会議 takes on its agenda only people whose consent covers it (invariant 3); a
 * 支援会議's records open only to pledged members of invited agencies.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR', 'CASEWORKER')")
public class MeetingManagement {

	private final Meetings meetings;
	private final ConsentManagement consents;
	private final PersonAccess access;
	private final jp.kasane.person.PersonManagement people;
	private final OrganizationManagement organization;
	private final AuditLog audit;
	private final Clock clock;

	MeetingManagement(Meetings meetings, ConsentManagement consents, PersonAccess access,
			jp.kasane.person.PersonManagement people, OrganizationManagement organization, AuditLog audit, Clock clock) {
		this.meetings = meetings;
		this.consents = consents;
		this.access = access;
		this.people = people;
		this.organization = organization;
		this.audit = audit;
		this.clock = clock;
	}

	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR')")
	public MeetingView schedule(MeetingForms.Schedule form) {
		Actor actor = ActorContext.require();
		if (form.kind() == MeetingKind.REUSED_BODY && (blank(form.reusedBody()) || blank(form.timeSplit()))) {
			throw new InvalidField("reusedBody", "既存の会議体を活用する場合は、会議体の名称と時間の区分（例：後半30分を重層的支援会議として開催）を記録してください");
		}
		for (UUID agency : form.invitedAgencies()) {
			if (organization.agencyName(new AgencyId(agency)).isEmpty()) {
				throw new InvalidField("invitedAgencies", "招集する機関が見つかりません");
			}
		}
		UUID id = UUID.randomUUID();
		meetings.insert(actor.tenantId(), id, form, OffsetDateTime.of(form.scheduledAt(), clock.getZone().getRules()
			.getOffset(form.scheduledAt())));
		// A new meeting holds no one's data yet, so even a 支援会議 can be shown before any pledge.
		return meetings.view(actor.tenantId(), meetings.find(actor.tenantId(), id).orElseThrow());
	}

	/** Puts a person (and their case) on the agenda; a 重層的支援会議 needs their consent to it. */
	public MeetingView addAgendaItem(UUID meetingId, MeetingForms.AgendaItem form) {
		Actor actor = ActorContext.require();
		Meetings.Row meeting = openable(actor, meetingId);
		PersonId person = new PersonId(form.person());
		if (access.basis(actor, person).isEmpty()) {
			throw new InvalidField("person", "選んだ人が見つかりません");
		}
		if (meeting.kind() == MeetingKind.MULTI_LAYERED) {
			SharingDecision consent = consents.mayDiscussAtConference(person);
			if (!consent.allowed()) {
				throw new RuleViolation("CONSENT_REQUIRED_FOR_CONFERENCE", consent.reason());
			}
		}
		if (!"SCHEDULED".equals(meeting.status())) {
			throw new RuleViolation("MEETING_NOT_SCHEDULED", "開催済み・中止の会議には議題を追加できません");
		}
		meetings.addAgendaItem(actor.tenantId(), meetingId, UUID.randomUUID(), form);
		return view(meetingId);
	}

	/** Records that the meeting was held, who attended and the minutes. */
	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR')")
	public MeetingView hold(UUID meetingId, MeetingForms.Hold form) {
		Actor actor = ActorContext.require();
		Meetings.Row meeting = openable(actor, meetingId);
		if (!"SCHEDULED".equals(meeting.status())) {
			throw new RuleViolation("MEETING_NOT_SCHEDULED", "この会議はすでに開催済みか中止です");
		}
		if (form.heldOn().isAfter(LocalDate.now(clock))) {
			throw new InvalidField("heldOn", "開催日に未来の日付は入力できません");
		}
		for (UUID agency : form.attendedAgencies()) {
			if (organization.agencyName(new AgencyId(agency)).isEmpty()) {
				throw new InvalidField("attendedAgencies", "出席した機関が見つかりません");
			}
		}
		meetings.hold(actor.tenantId(), meetingId, form, meeting.version());
		return view(meetingId);
	}

	/** Records a decision on an agenda item; a typed decision (プラン採用 …) needs the item's case. */
	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR')")
	public UUID decide(UUID meetingId, MeetingForms.Decision form) {
		Actor actor = ActorContext.require();
		Meetings.Row meeting = openable(actor, meetingId);
		if (!"HELD".equals(meeting.status())) {
			throw new RuleViolation("MEETING_NOT_HELD", "決定は開催済みの会議にだけ記録できます");
		}
		MeetingView.Item item = meetings.agenda(actor.tenantId(), meetingId).stream()
			.filter(i -> i.id().equals(form.agendaItem()))
			.findFirst()
			.orElseThrow(() -> new InvalidField("agendaItem", "この会議の議題ではありません"));
		if (form.type() != null && item.caseId() == null) {
			throw new InvalidField("type", "事例の決定（" + form.type().label() + "）には、議題に事例が必要です");
		}
		UUID id = UUID.randomUUID();
		meetings.addDecision(actor.tenantId(), meetingId, id, item, form);
		audit.record(new AuditEvent(AuditAction.CREATE, "meeting", meetingId.toString(), new PersonId(item.person()),
				basis(meeting, actor, new PersonId(item.person()))));
		return id;
	}

	/** 守秘義務の誓約: a user of an invited agency signs before opening a 支援会議's records. */
	public MeetingView signPledge(UUID meetingId) {
		Actor actor = ActorContext.require();
		Meetings.Row meeting = meetings.find(actor.tenantId(), meetingId).orElseThrow(() -> notFound(meetingId));
		if (meeting.kind() != MeetingKind.SUPPORT_CONFERENCE) {
			throw new RuleViolation("PLEDGE_NOT_NEEDED", "誓約は支援会議（社会福祉法106条の6）にだけ必要です");
		}
		if (!meetings.invited(actor.tenantId(), meetingId).contains(actor.agencyId().value())) {
			throw notFound(meetingId);
		}
		meetings.pledge(actor.tenantId(), meetingId, actor.userId().value());
		return view(meetingId);
	}

	/** Meetings the user's agency was invited to (all of the tenant's for municipal staff), newest first. */
	@Transactional(readOnly = true)
	public List<MeetingView> mine() {
		Actor actor = ActorContext.require();
		return meetings.recent(actor.tenantId(), actor.agencyId().value(), actor.has(Role.MUNICIPAL_STAFF)).stream()
			.map(row -> new MeetingView(row.id(), row.kind(), row.kind().label(), row.title(), row.scheduledAt(),
					row.regular(), row.online(), row.status(), row.heldOn(), row.reusedBody(), row.timeSplit(), List.of(),
					List.of(), List.of(), null, null, List.of(), row.version()))
			.toList();
	}

	/**
	 * A meeting that has the person on its agenda, and whether the user may open its records now
	 * ({@link #mayOpen}); no title or content, so a 支援会議 the user may not open can be named as withheld.
	 */
	public record Concerning(UUID meetingId, MeetingKind kind, LocalDate heldOn, java.time.OffsetDateTime scheduledAt,
			boolean mayOpen) {
	}

	/** Meetings (not cancelled) with the person on the agenda, for a user who may see the person; oldest first. */
	@Transactional(readOnly = true)
	public List<Concerning> concerning(PersonId person) {
		Actor actor = ActorContext.require();
		if (access.basis(actor, person).isEmpty()) {
			throw new NotFoundException("person", person.toString());
		}
		return meetings.about(actor.tenantId(), person.value()).stream()
			.map(m -> new Concerning(m.id(), m.kind(), m.heldOn(), m.scheduledAt(), mayOpen(m.id())))
			.toList();
	}

	/** 地域課題 raised in conferences (decisions on role C items), newest first. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR')")
	public List<CommunityIssue> communityIssues() {
		return meetings.communityIssues(ActorContext.require().tenantId());
	}

	/**
	 * The same 地域課題 for the module that keeps the 地域課題 register: municipal staff, coordinators and
	 * the staff of a 地域づくり事業者. Not exposed as such by the API; the register shows each case only
	 * to users who may open it.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR', 'CASEWORKER')")
	public List<CommunityIssue> communityIssuesForRegister() {
		Actor actor = ActorContext.require();
		if (!actor.has(Role.MUNICIPAL_STAFF) && !actor.has(Role.COORDINATOR)
				&& organization.agency(actor.agencyId()).kind() != jp.kasane.organization.AgencyKind.COMMUNITY_BUILDING) {
			throw new org.springframework.security.access.AccessDeniedException("地域課題の一覧は市町村・多機関協働・地域づくり事業者のものです");
		}
		return meetings.communityIssues(actor.tenantId());
	}

	/** Whether the user may open the meeting's records now (a member; for a 支援会議, a pledged one). */
	@Transactional(readOnly = true)
	public boolean mayOpen(UUID meetingId) {
		try {
			openable(ActorContext.require(), meetingId);
			return true;
		}
		catch (NotFoundException | AccessRefused ex) {
			return false;
		}
	}

	/** Whether the user must sign the pledge before opening this meeting (a 支援会議 of their agency). */
	@Transactional(readOnly = true)
	public boolean pledgeNeeded(UUID meetingId) {
		Actor actor = ActorContext.require();
		Meetings.Row meeting = meetings.find(actor.tenantId(), meetingId).orElseThrow(() -> notFound(meetingId));
		return meeting.kind() == MeetingKind.SUPPORT_CONFERENCE
				&& meetings.invited(actor.tenantId(), meetingId).contains(actor.agencyId().value())
				&& !meetings.pledged(actor.tenantId(), meetingId, actor.userId().value());
	}

	/** The meeting's records, for its members; every person on the agenda is an audited read. */
	public MeetingView view(UUID meetingId) {
		Actor actor = ActorContext.require();
		Meetings.Row meeting = openable(actor, meetingId);
		MeetingView view = meetings.view(actor.tenantId(), meeting);
		List<AuditEvent> reads = new ArrayList<>();
		view.agenda().forEach(i -> reads.add(new AuditEvent(AuditAction.READ, "meeting", meetingId.toString(),
				new PersonId(i.person()), basis(meeting, actor, new PersonId(i.person())))));
		audit.recordAll(reads);
		return view;
	}

	/**
	 * Names of the people on the agenda, for the members who may open the meeting: through the
	 * member's own basis where there is one, otherwise (a 支援会議) through the membership itself.
	 */
	public java.util.Map<UUID, String> agendaNames(UUID meetingId) {
		Actor actor = ActorContext.require();
		Meetings.Row meeting = openable(actor, meetingId);
		java.util.Map<UUID, String> names = new java.util.HashMap<>();
		for (MeetingView.Item item : meetings.agenda(actor.tenantId(), meetingId)) {
			PersonId person = new PersonId(item.person());
			if (access.basis(actor, person).isPresent()) {
				names.put(item.id(), people.get(person).fullName());
			}
			else if (meeting.kind() == MeetingKind.SUPPORT_CONFERENCE) {
				names.put(item.id(), people.getUnder(person, basis(meeting, actor, person)).fullName());
			}
			else {
				names.put(item.id(), "（閲覧の根拠がありません）");
			}
		}
		return names;
	}

	/**
	 * 支援会議 membership as a legal basis (社会福祉法106条の6): for each person on the agenda of a 支援会議
	 * the user's agency is invited to and whose confidentiality pledge the user signed, the basis
	 * {@code SWA_106_6:<meeting>}. Other modules (outreach) use it to open their records to those members.
	 */
	@Transactional(readOnly = true)
	public java.util.Map<PersonId, String> supportConferenceBases() {
		Actor actor = ActorContext.require();
		java.util.Map<PersonId, String> bases = new java.util.LinkedHashMap<>();
		meetings.pledgedAgendaPeople(actor.tenantId(), actor.agencyId().value(), actor.userId().value())
			.forEach((person, meeting) -> bases.put(new PersonId(person), "SWA_106_6:" + meeting));
		return bases;
	}

	/**
	 * Who may open a meeting: for a 支援会議, a user of an invited agency who signed the pledge;
	 * otherwise municipal staff or users of invited agencies. Non-members are told it does not exist.
	 */
	private Meetings.Row openable(Actor actor, UUID meetingId) {
		Meetings.Row meeting = meetings.find(actor.tenantId(), meetingId).orElseThrow(() -> notFound(meetingId));
		boolean invited = meetings.invited(actor.tenantId(), meetingId).contains(actor.agencyId().value());
		if (meeting.kind() == MeetingKind.SUPPORT_CONFERENCE) {
			if (!invited) {
				throw notFound(meetingId);
			}
			if (!meetings.pledged(actor.tenantId(), meetingId, actor.userId().value())) {
				throw new AccessRefused("PLEDGE_REQUIRED",
						"支援会議の記録は、守秘義務の誓約（社会福祉法第106条の6第5項）に署名した構成員だけが開けます");
			}
			return meeting;
		}
		if (!invited && !actor.has(Role.MUNICIPAL_STAFF)) {
			throw notFound(meetingId);
		}
		return meeting;
	}

	private String basis(Meetings.Row meeting, Actor actor, PersonId person) {
		if (meeting.kind() == MeetingKind.SUPPORT_CONFERENCE) {
			return "SWA_106_6:" + meeting.id();
		}
		return access.basis(actor, person).orElse("MEETING_MEMBER:" + meeting.id());
	}

	private static NotFoundException notFound(UUID meetingId) {
		return new NotFoundException("meeting", meetingId.toString());
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
