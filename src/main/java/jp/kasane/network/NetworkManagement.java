package jp.kasane.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.kasane.organization.OrganizationManagement;
import jp.kasane.shared.Actor;
import jp.kasane.shared.ActorContext;
import jp.kasane.shared.FiscalYear;
import jp.kasane.shared.InvalidField;
import jp.kasane.shared.NotFoundException;
import jp.kasane.shared.RuleViolation;
import jp.kasane.shared.TenantId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network module's API: 法人間連携プラットフォーム (000), 連絡会等 (004) and 地域力強化・相談支援包括化
 * (003). Every signed-in user reads; municipal staff, the 社協 and the 地域づくり事業者 change
 * ({@link NetworkAccess}). The rules are {@link ActivityRules}, {@link SubsidyYearRule},
 * {@link RegionalAreaRule} and {@link GoalTiming}.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class NetworkManagement {

	private final NetworkRecords records;
	private final OrganizationManagement organization;
	private final Clock clock;

	NetworkManagement(NetworkRecords records, OrganizationManagement organization, Clock clock) {
		this.records = records;
		this.organization = organization;
		this.clock = clock;
	}

	/** Whether the signed-in user may change the network records. */
	@Transactional(readOnly = true)
	public boolean mayMaintain() {
		Actor actor = ActorContext.require();
		return NetworkAccess.mayMaintain(actor, organization.agency(actor.agencyId()).kind());
	}

	// --- platforms

	public NetworkViews.Platform addPlatform(NetworkForms.NewPlatform form) {
		Actor actor = maintainer();
		UUID id = UUID.randomUUID();
		records.insertPlatform(actor.tenantId(), id, form);
		return platform(id);
	}

	@Transactional(readOnly = true)
	public List<NetworkViews.PlatformSummary> platforms() {
		TenantId tenant = tenant();
		return records.platforms(tenant).stream().map(p -> {
			NetworkViews.Platform full = view(tenant, p);
			return new NetworkViews.PlatformSummary(p.id(), p.name(), p.implementingBody(), p.bodyKind().label(), p.area(),
					full.subsidyFacts().participants(), full.subsidyFacts().convertedToRenkeiSuishinHojin());
		}).toList();
	}

	@Transactional(readOnly = true)
	public NetworkViews.Platform platform(UUID id) {
		TenantId tenant = tenant();
		return view(tenant, row(tenant, id));
	}

	/** The facts the platform subsidy rule needs for the current fiscal year. */
	@Transactional(readOnly = true)
	public PlatformSubsidyFacts subsidyFacts(UUID platform) {
		return platform(platform).subsidyFacts();
	}

	/**
	 * Corrects a platform's name, implementing body, area or start; stale → 409. The start may not lie in
	 * the future, nor after a fiscal year the platform already received the subsidy for, nor after its move
	 * to a 連携推進法人 (which an edit leaves as it is: still no subsidy year after it).
	 */
	public NetworkViews.Platform editPlatform(UUID platform, NetworkForms.EditPlatform form) {
		Actor actor = maintainer();
		NetworkRecords.PlatformRow row = row(actor.tenantId(), platform);
		if (form.startedOn().isAfter(today())) {
			throw new InvalidField("startedOn", "設置日に未来の日付は入力できません");
		}
		if (row.convertedOn() != null && form.startedOn().isAfter(row.convertedOn())) {
			throw new InvalidField("startedOn", "設置日は社会福祉連携推進法人への移行日（" + row.convertedOn() + "）以前にしてください");
		}
		records.subsidyYears(actor.tenantId(), platform).stream().map(NetworkRecords.SubsidyRow::fiscalYear).min(Integer::compare)
			.filter(first -> FiscalYear.of(form.startedOn()).year() > first)
			.ifPresent(first -> {
				throw new InvalidField("startedOn", new FiscalYear(first).label() + "に補助を受けているため、設置日は"
						+ new FiscalYear(first).end() + "以前にしてください");
			});
		records.updatePlatform(actor.tenantId(), platform, form);
		return platform(platform);
	}

	public NetworkViews.Platform addParticipant(UUID platform, NetworkForms.NewParticipant form) {
		Actor actor = maintainer();
		row(actor.tenantId(), platform);
		if (form.joinedOn().isAfter(today())) {
			throw new InvalidField("joinedOn", "参画日に未来の日付は入力できません");
		}
		records.insertParticipant(actor.tenantId(), platform, UUID.randomUUID(), form);
		return platform(platform);
	}

	/**
	 * Corrects a participant; stale → 409. The joining day may not lie in the future nor after the day it
	 * left; a participant named as a corporation in a 人事交流 or a 合同面接会 stays a corporation (422
	 * PARTICIPANT_IN_USE).
	 */
	public NetworkViews.Platform editParticipant(UUID participant, NetworkForms.EditParticipant form) {
		Actor actor = maintainer();
		UUID platform = platformOfParticipant(actor.tenantId(), participant);
		NetworkViews.Participant p = participant(actor.tenantId(), platform, participant);
		if (p.version() != form.version()) {
			throw new org.springframework.dao.OptimisticLockingFailureException("participant " + participant + " is stale");
		}
		if (form.joinedOn().isAfter(today())) {
			throw new InvalidField("joinedOn", "参画日に未来の日付は入力できません");
		}
		if (p.leftOn() != null && form.joinedOn().isAfter(p.leftOn())) {
			throw new InvalidField("joinedOn", "参画日は脱退日（" + p.leftOn() + "）以前にしてください");
		}
		if (p.corporation() && !form.kind().corporation() && records.participantInUse(actor.tenantId(), participant)) {
			throw new RuleViolation("PARTICIPANT_IN_USE", "「" + p.name() + "」は人事交流または合同面接会に法人として記録されているため、"
					+ form.kind().label() + "には変更できません");
		}
		records.updateParticipant(actor.tenantId(), participant, form);
		return platform(platform);
	}

	/** A participant leaves; from that day it is no longer counted as 参画法人 (history kept; stale → 409). */
	public NetworkViews.Platform leave(UUID participant, NetworkForms.Leave form) {
		Actor actor = maintainer();
		UUID platform = platformOfParticipant(actor.tenantId(), participant);
		NetworkViews.Participant p = participant(actor.tenantId(), platform, participant);
		if (form.version() != null && form.version() != p.version()) {
			throw new org.springframework.dao.OptimisticLockingFailureException("participant " + participant + " is stale");
		}
		if (p.leftOn() != null) {
			throw new RuleViolation("PARTICIPANT_LEFT", "「" + p.name() + "」は" + p.leftOn() + "に脱退済みです");
		}
		if (form.leftOn().isAfter(today())) {
			throw new InvalidField("leftOn", "脱退日に未来の日付は入力できません");
		}
		if (form.leftOn().isBefore(p.joinedOn())) {
			throw new InvalidField("leftOn", "脱退日は参画日（" + p.joinedOn() + "）以後にしてください");
		}
		records.leave(actor.tenantId(), participant, form.leftOn(), form.version());
		return platform(platform);
	}

	private UUID platformOfParticipant(TenantId tenant, UUID participant) {
		return records.platformOfParticipant(tenant, participant)
			.orElseThrow(() -> new NotFoundException("platform-participant", participant.toString()));
	}

	private NetworkViews.Participant participant(TenantId tenant, UUID platform, UUID participant) {
		return records.participants(tenant, platform).stream().filter(x -> x.id().equals(participant)).findFirst()
			.orElseThrow(() -> new NotFoundException("platform-participant", participant.toString()));
	}

	public NetworkViews.Activity addActivity(UUID platform, NetworkForms.NewActivity form) {
		Actor actor = maintainer();
		row(actor.tenantId(), platform);
		Map<UUID, NetworkViews.Participant> participants = records.participants(actor.tenantId(), platform).stream()
			.collect(Collectors.toMap(NetworkViews.Participant::id, Function.identity()));
		ActivityRules.refusal(form, participants, today()).ifPresent(r -> {
			throw r.exception();
		});
		UUID id = UUID.randomUUID();
		records.insertActivity(actor.tenantId(), platform, id, form);
		return activity(platform, id);
	}

	/** Moves a 協働事業 on (計画 → 試行 → 検証); a stale version is refused (409). */
	public NetworkViews.Activity changePhase(UUID activityId, NetworkForms.PhaseChange form) {
		Actor actor = maintainer();
		UUID platform = platformOf(actor.tenantId(), activityId);
		NetworkViews.Activity activity = activity(platform, activityId);
		if (activity.version() != form.version()) {
			throw new org.springframework.dao.OptimisticLockingFailureException("activity " + activityId + " is stale");
		}
		ActivityRules.phaseRefusal(activity.kind(), activity.phase(), form.phase()).ifPresent(r -> {
			throw r.exception();
		});
		records.changePhase(actor.tenantId(), activityId, form.phase(), form.notes(), form.version());
		return activity(platform, activityId);
	}

	/** One of the two corporations of a 人事交流 agrees; the exchange is agreed once both have. */
	public NetworkViews.Activity agree(UUID activityId, NetworkForms.Agreement form) {
		Actor actor = maintainer();
		UUID platform = platformOf(actor.tenantId(), activityId);
		NetworkViews.Activity activity = activity(platform, activityId);
		if (activity.workforceKind() != WorkforceKind.PERSONNEL_EXCHANGE) {
			throw new RuleViolation("NOT_AN_EXCHANGE", "合意を記録できるのは人事交流だけです");
		}
		if (form.agreedOn().isAfter(today())) {
			throw new InvalidField("agreedOn", "合意日に未来の日付は入力できません");
		}
		if (!form.participant().equals(activity.leadId()) && !form.participant().equals(activity.partnerId())) {
			throw new InvalidField("participant", "人事交流の当事者（送り出し法人・受け入れ法人）を選んでください");
		}
		records.agree(actor.tenantId(), activityId, form.participant().equals(activity.leadId()), form.agreedOn());
		return activity(platform, activityId);
	}

	/** Records (or corrects) one corporation's applicants and offers at a 合同面接会. */
	public NetworkViews.Activity recordFairResult(UUID activityId, NetworkForms.FairResult form) {
		Actor actor = maintainer();
		UUID platform = platformOf(actor.tenantId(), activityId);
		NetworkViews.Activity activity = activity(platform, activityId);
		if (activity.workforceKind() != WorkforceKind.RECRUITMENT_FAIR) {
			throw new RuleViolation("NOT_A_FAIR", "応募者・内定者を記録できるのは広報・合同面接会だけです");
		}
		boolean ofPlatform = records.participants(actor.tenantId(), platform).stream()
			.anyMatch(p -> p.id().equals(form.participant()) && p.corporation());
		if (!ofPlatform) {
			throw new InvalidField("participant", "このプラットフォームの参画法人を選んでください");
		}
		if (form.offers() > form.applicants()) {
			throw new InvalidField("offers", "内定者数は応募者数以下で入力してください");
		}
		records.saveFairResult(actor.tenantId(), activityId, form);
		return activity(platform, activityId);
	}

	public NetworkViews.Platform addSubsidyYear(UUID platform, NetworkForms.SubsidyYear form) {
		Actor actor = maintainer();
		NetworkRecords.PlatformRow row = row(actor.tenantId(), platform);
		SubsidyYearRule.refusal(form, recorded(actor.tenantId(), platform), row.convertedOn()).ifPresent(r -> {
			throw r.exception();
		});
		records.insertSubsidyYear(actor.tenantId(), platform, form);
		return platform(platform);
	}

	/** Records the move to a 社会福祉連携推進法人 (once; then the platform subsidy ends); stale → 409. */
	public NetworkViews.Platform convert(UUID platform, NetworkForms.Conversion form) {
		Actor actor = maintainer();
		NetworkRecords.PlatformRow row = row(actor.tenantId(), platform);
		SubsidyYearRule.conversionRefusal(form.convertedOn(), row.convertedOn(), recorded(actor.tenantId(), platform), today())
			.ifPresent(r -> {
				throw r.exception();
			});
		records.convert(actor.tenantId(), platform, form);
		return platform(platform);
	}

	private List<SubsidyYearRule.Recorded> recorded(TenantId tenant, UUID platform) {
		return records.subsidyYears(tenant, platform).stream()
			.map(s -> new SubsidyYearRule.Recorded(s.fiscalYear(), s.backOfficeAddOn(), s.ictAddOn()))
			.toList();
	}

	private NetworkViews.Platform view(TenantId tenant, NetworkRecords.PlatformRow p) {
		LocalDate today = today();
		FiscalYear current = FiscalYear.of(today);
		List<NetworkViews.Participant> participants = records.participants(tenant, p.id());
		Map<UUID, String> names = participants.stream()
			.collect(Collectors.toMap(NetworkViews.Participant::id, NetworkViews.Participant::name));
		List<NetworkViews.Activity> activities = records.activities(tenant, p.id(), names);
		List<NetworkRecords.SubsidyRow> years = records.subsidyYears(tenant, p.id());
		List<NetworkViews.SubsidyYear> yearViews = new ArrayList<>();
		for (int i = 0; i < years.size(); i++) {
			NetworkRecords.SubsidyRow y = years.get(i);
			yearViews.add(new NetworkViews.SubsidyYear(y.fiscalYear(), new FiscalYear(y.fiscalYear()).label(), i + 1,
					y.amountThousandYen(), y.backOfficeAddOn(), y.ictAddOn(), y.note()));
		}
		List<NetworkRecords.SubsidyRow> before = years.stream().filter(y -> y.fiscalYear() < current.year()).toList();
		NetworkRecords.SubsidyRow thisYear = years.stream().filter(y -> y.fiscalYear() == current.year()).findFirst()
			.orElse(null);
		int corporations = ParticipantCount.corporations(participants, today);
		boolean backOffice = (thisYear != null && thisYear.backOfficeAddOn()) || activities.stream()
			.anyMatch(a -> a.kind() == ActivityKind.BACK_OFFICE && current.contains(a.heldOn()));
		boolean ict = (thisYear != null && thisYear.ictAddOn()) || activities.stream()
			.anyMatch(a -> a.kind() == ActivityKind.ICT && current.contains(a.heldOn()));
		boolean converted = p.convertedOn() != null && !p.convertedOn().isAfter(today);
		PlatformSubsidyFacts facts = new PlatformSubsidyFacts(corporations, before.size() + 1, backOffice,
				before.stream().anyMatch(NetworkRecords.SubsidyRow::backOfficeAddOn), ict,
				before.stream().anyMatch(NetworkRecords.SubsidyRow::ictAddOn), converted);
		List<String> notices = new ArrayList<>();
		long small = ParticipantCount.smallCorporations(participants, today);
		if (small == 0) {
			notices.add("小規模法人（１の施設又は事業所のみを運営する法人）が参画していません。可能な限り参画させることとされています（000 3(2)ア）");
		}
		if (activities.stream().noneMatch(a -> a.kind() == ActivityKind.DISCUSSION)) {
			notices.add("ア（地域課題の討議・企画・検証）の記録がありません。アは必ず行う取組です（000 3(2)）");
		}
		if (facts.subsidyYear() > 2 && !converted) {
			notices.add("補助の実施期間は原則２か年までです（000 4(2)）。" + current.label() + "は" + facts.subsidyYear() + "年目にあたります");
		}
		if (converted) {
			notices.add(p.convertedOn() + "に社会福祉連携推進法人「" + p.renkeiName() + "」へ移行しました。以後はプラットフォーム設置運営事業の補助の対象になりません");
		}
		return new NetworkViews.Platform(p.id(), p.name(), p.implementingBody(), p.bodyKind(), p.bodyKind().label(), p.area(),
				p.startedOn(), p.convertedOn(), p.renkeiName(), p.setupSupportThousandYen(), p.version(), participants,
				activities, List.copyOf(yearViews), current.year(), current.label(), facts, today, small,
				ParticipantCount.nonWelfare(participants, today), List.copyOf(notices));
	}

	private NetworkViews.Activity activity(UUID platform, UUID activity) {
		return platform(platform).activities().stream().filter(a -> a.id().equals(activity)).findFirst()
			.orElseThrow(() -> new NotFoundException("platform-activity", activity.toString()));
	}

	private UUID platformOf(TenantId tenant, UUID activity) {
		return records.platformOfActivity(tenant, activity)
			.orElseThrow(() -> new NotFoundException("platform-activity", activity.toString()));
	}

	private NetworkRecords.PlatformRow row(TenantId tenant, UUID id) {
		return records.platform(tenant, id).orElseThrow(() -> new NotFoundException("platform", id.toString()));
	}

	// --- 連絡会等

	public NetworkViews.Council addCouncil(NetworkForms.NewCouncil form) {
		Actor actor = maintainer();
		if (form.foundedOn() != null && form.foundedOn().isAfter(today())) {
			throw new InvalidField("foundedOn", "設立日に未来の日付は入力できません");
		}
		UUID id = UUID.randomUUID();
		records.insertCouncil(actor.tenantId(), id, form);
		return council(id);
	}

	@Transactional(readOnly = true)
	public List<NetworkViews.CouncilSummary> councils() {
		return records.councils(tenant(), today());
	}

	@Transactional(readOnly = true)
	public NetworkViews.Council council(UUID id) {
		return records.council(tenant(), id).orElseThrow(() -> new NotFoundException("council", id.toString()));
	}

	/** Corrects a council's name, level, secretariat, founding day or purpose; stale → 409. */
	public NetworkViews.Council editCouncil(UUID council, NetworkForms.EditCouncil form) {
		Actor actor = maintainer();
		NetworkViews.Council c = council(council);
		if (c.version() != form.version()) {
			throw new org.springframework.dao.OptimisticLockingFailureException("council " + council + " is stale");
		}
		if (form.foundedOn() != null && form.foundedOn().isAfter(today())) {
			throw new InvalidField("foundedOn", "設立日に未来の日付は入力できません");
		}
		records.updateCouncil(actor.tenantId(), council, form);
		return council(council);
	}

	/** Corrects a member of a council; stale → 409. */
	public NetworkViews.Council editCouncilMember(UUID member, NetworkForms.EditCouncilMember form) {
		Actor actor = maintainer();
		UUID council = councilOfMember(actor.tenantId(), member);
		NetworkViews.CouncilMember m = member(council, member);
		if (m.version() != form.version()) {
			throw new org.springframework.dao.OptimisticLockingFailureException("council member " + member + " is stale");
		}
		records.updateCouncilMember(actor.tenantId(), member, form);
		return council(council);
	}

	/**
	 * A member leaves its council on a day (kept, marked as left; no longer chosen for what the council
	 * does from that day); stale → 409, twice → 422 MEMBER_LEFT.
	 */
	public NetworkViews.Council leaveCouncil(UUID member, NetworkForms.Leave form) {
		Actor actor = maintainer();
		UUID council = councilOfMember(actor.tenantId(), member);
		NetworkViews.Council c = council(council);
		NetworkViews.CouncilMember m = member(council, member);
		if (form.version() != null && form.version() != m.version()) {
			throw new org.springframework.dao.OptimisticLockingFailureException("council member " + member + " is stale");
		}
		if (m.leftOn() != null) {
			throw new RuleViolation("MEMBER_LEFT", "「" + m.name() + "」は" + m.leftOn() + "に退会済みです");
		}
		if (form.leftOn().isAfter(today())) {
			throw new InvalidField("leftOn", "退会日に未来の日付は入力できません");
		}
		if (c.foundedOn() != null && form.leftOn().isBefore(c.foundedOn())) {
			throw new InvalidField("leftOn", "退会日は連絡会の設立日（" + c.foundedOn() + "）以後にしてください");
		}
		records.leaveCouncil(actor.tenantId(), member, form.leftOn(), form.version());
		return council(council);
	}

	private UUID councilOfMember(TenantId tenant, UUID member) {
		return records.councilOfMember(tenant, member)
			.orElseThrow(() -> new NotFoundException("council-member", member.toString()));
	}

	private NetworkViews.CouncilMember member(UUID council, UUID member) {
		return council(council).members().stream().filter(x -> x.id().equals(member)).findFirst()
			.orElseThrow(() -> new NotFoundException("council-member", member.toString()));
	}

	public NetworkViews.Council addCouncilMember(UUID council, NetworkForms.NewCouncilMember form) {
		Actor actor = maintainer();
		council(council);
		records.insertCouncilMember(actor.tenantId(), council, UUID.randomUUID(), form);
		return council(council);
	}

	public NetworkViews.Meeting addCouncilMeeting(UUID council, NetworkForms.NewMeeting form) {
		Actor actor = maintainer();
		council(council);
		if (form.kind() == NetworkMeetingKind.PROMOTION || form.kind() == NetworkMeetingKind.PROMOTION_CASE) {
			throw new InvalidField("kind", "連絡会の会議の種類（代表者会・現場担当者会議・プロジェクト委員会）を選んでください");
		}
		return meeting(actor, council, form);
	}

	public NetworkViews.CouncilActivity addCouncilActivity(UUID council, NetworkForms.NewCouncilActivity form) {
		Actor actor = maintainer();
		List<NetworkViews.CouncilMember> all = council(council).members();
		Set<UUID> members = all.stream().map(NetworkViews.CouncilMember::id).collect(Collectors.toCollection(HashSet::new));
		if (!members.contains(form.member())) {
			throw new InvalidField("member", "この連絡会の会員を選んでください");
		}
		// A member that has left runs nothing dated on or after the day it left.
		for (NetworkViews.CouncilMember m : all) {
			boolean named = m.id().equals(form.member()) || form.partners().contains(m.id());
			if (named && m.leftOn() != null && !form.datedOn().isBefore(m.leftOn())) {
				throw new InvalidField(m.id().equals(form.member()) ? "member" : "partners",
						"「" + m.name() + "」は" + m.leftOn() + "に退会しています。それより前の日付の記録にだけ選べます");
			}
		}
		if (form.kind() == CouncilActivityKind.DISASTER_AGREEMENT && form.agreementKind() == null) {
			throw new InvalidField("agreementKind", "協定の内容（避難者の受け入れ・支援物資・災害ボランティアセンター）を選んでください");
		}
		if (form.kind() == CouncilActivityKind.EDUCATION && form.educationKind() == null) {
			throw new InvalidField("educationKind", "福祉教育・出前講座・職場体験のどれかを選んでください");
		}
		if (form.kind() != CouncilActivityKind.PUBLIC_INTEREST && !form.partners().isEmpty()) {
			throw new InvalidField("partners", "共同で実施する会員は、地域における公益的な取組にだけ記録します");
		}
		if (!members.containsAll(form.partners()) || form.partners().contains(form.member())) {
			throw new InvalidField("partners", "共同で実施する会員は、担う会員以外のこの連絡会の会員から選んでください");
		}
		if (form.participants() != null && form.participants() > 0 && form.datedOn().isAfter(today())) {
			throw new InvalidField("participants", "参加者数は実施の後に記録します");
		}
		UUID id = UUID.randomUUID();
		records.insertCouncilActivity(actor.tenantId(), council, id, form);
		return council(council).activities().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
	}

	// --- 地域力強化推進事業・相談支援包括化

	@Transactional(readOnly = true)
	public NetworkViews.Regional regional() {
		TenantId tenant = tenant();
		return new NetworkViews.Regional(records.regionalYears(tenant), records.promoters(tenant, today()),
				records.meetings(tenant, null), records.goals(tenant), FiscalYear.of(today()).year());
	}

	/** Registers a year of 地域力強化推進事業 with its areas (designated areas: at least two). */
	public NetworkViews.RegionalYear addRegionalYear(NetworkForms.RegionalYear form) {
		Actor actor = maintainer();
		Set<String> names = new HashSet<>();
		for (NetworkForms.NewArea area : form.areas()) {
			if (!names.add(area.name().strip())) {
				throw new InvalidField("areas", "同じ名前の地域が2回入力されています：" + area.name().strip());
			}
		}
		if (records.regionalYearExists(actor.tenantId(), form.fiscalYear())) {
			throw new RuleViolation("REGIONAL_YEAR_EXISTS", new FiscalYear(form.fiscalYear()).label() + "の地域力強化推進事業はすでに登録されています");
		}
		RegionalAreaRule.refusal(form.wholeMunicipality(), form.areas().size()).ifPresent(r -> {
			throw r.exception();
		});
		records.insertRegionalYear(actor.tenantId(), form.fiscalYear(), form.wholeMunicipality());
		for (NetworkForms.NewArea area : form.areas()) {
			records.insertArea(actor.tenantId(), form.fiscalYear(), UUID.randomUUID(), area);
		}
		return regionalYear(form.fiscalYear());
	}

	/** Changes whether the year covers the whole municipality (designated areas: at least two); stale → 409. */
	public NetworkViews.RegionalYear changeCoverage(int fiscalYear, NetworkForms.Coverage form) {
		Actor actor = maintainer();
		regionalYear(fiscalYear);
		records.lockRegionalYear(actor.tenantId(), fiscalYear);
		NetworkViews.RegionalYear year = regionalYear(fiscalYear);
		if (year.version() != form.version()) {
			throw new org.springframework.dao.OptimisticLockingFailureException("regional year " + fiscalYear + " is stale");
		}
		RegionalAreaRule.refusal(form.wholeMunicipality(), year.runningAreas().size()).ifPresent(r -> {
			throw r.exception();
		});
		records.updateCoverage(actor.tenantId(), fiscalYear, form.wholeMunicipality(), form.version());
		return regionalYear(fiscalYear);
	}

	public NetworkViews.RegionalYear addArea(int fiscalYear, NetworkForms.NewArea form) {
		Actor actor = maintainer();
		NetworkViews.RegionalYear year = regionalYear(fiscalYear);
		if (year.areas().stream().anyMatch(a -> a.name().equals(form.name().strip()))) {
			throw new InvalidField("name", "この地域はすでに登録されています");
		}
		records.insertArea(actor.tenantId(), fiscalYear, UUID.randomUUID(), form);
		return regionalYear(fiscalYear);
	}

	/** Corrects an area's name, operator or hub; stale → 409. */
	public NetworkViews.RegionalYear editArea(UUID area, NetworkForms.EditArea form) {
		Actor actor = maintainer();
		int fiscalYear = yearOfArea(actor.tenantId(), area);
		NetworkViews.RegionalYear year = regionalYear(fiscalYear);
		NetworkViews.Area a = year.areas().stream().filter(x -> x.id().equals(area)).findFirst().orElseThrow();
		if (a.version() != form.version()) {
			throw new org.springframework.dao.OptimisticLockingFailureException("area " + area + " is stale");
		}
		if (year.areas().stream().anyMatch(x -> !x.id().equals(area) && x.name().equals(form.name().strip()))) {
			throw new InvalidField("name", "この年度にはすでに同じ名前の地域があります");
		}
		records.updateArea(actor.tenantId(), area, form);
		return regionalYear(fiscalYear);
	}

	/**
	 * Ends an area on a day inside its fiscal year, not in the future (kept, marked ended). When the year
	 * runs in designated areas, at least two must keep running ({@link RegionalAreaRule}, 422
	 * REGIONAL_AREAS_TOO_FEW); stale → 409.
	 */
	public NetworkViews.RegionalYear endArea(UUID area, NetworkForms.AreaEnd form) {
		Actor actor = maintainer();
		int fiscalYear = yearOfArea(actor.tenantId(), area);
		records.lockRegionalYear(actor.tenantId(), fiscalYear);
		NetworkViews.RegionalYear year = regionalYear(fiscalYear);
		NetworkViews.Area a = year.areas().stream().filter(x -> x.id().equals(area)).findFirst().orElseThrow();
		if (a.version() != form.version()) {
			throw new org.springframework.dao.OptimisticLockingFailureException("area " + area + " is stale");
		}
		if (a.endedOn() != null) {
			throw new RuleViolation("AREA_ENDED", "「" + a.name() + "」は" + a.endedOn() + "に終了しています");
		}
		FiscalYear fy = new FiscalYear(fiscalYear);
		if (!fy.contains(form.endedOn())) {
			throw new InvalidField("endedOn", "終了日は" + fy.label() + "（" + fy.start() + "〜" + fy.end() + "）の日付にしてください");
		}
		if (form.endedOn().isAfter(today())) {
			throw new InvalidField("endedOn", "終了日に未来の日付は入力できません");
		}
		RegionalAreaRule.endRefusal(year.wholeMunicipality(), year.runningAreas().size(), a.name()).ifPresent(r -> {
			throw r.exception();
		});
		records.endArea(actor.tenantId(), fiscalYear, area, form.endedOn(), form.version());
		return regionalYear(fiscalYear);
	}

	private int yearOfArea(TenantId tenant, UUID area) {
		return records.yearOfArea(tenant, area).orElseThrow(() -> new NotFoundException("regional-area", area.toString()));
	}

	@Transactional(readOnly = true)
	public NetworkViews.RegionalYear regionalYear(int fiscalYear) {
		return records.regionalYears(tenant()).stream().filter(y -> y.fiscalYear() == fiscalYear).findFirst()
			.orElseThrow(() -> new NotFoundException("regional-year", Integer.toString(fiscalYear)));
	}

	public NetworkViews.Promoter addPromoter(NetworkForms.NewPromoter form) {
		Actor actor = maintainer();
		if (form.untilDate() != null && form.untilDate().isBefore(form.fromDate())) {
			throw new InvalidField("untilDate", "配置の終了日は開始日より後にしてください");
		}
		UUID id = UUID.randomUUID();
		records.insertPromoter(actor.tenantId(), id, form);
		return records.promoters(actor.tenantId(), today()).stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
	}

	/** Corrects a 相談支援包括化推進員 or ends the assignment ({@code untilDate}); stale → 409. */
	public NetworkViews.Promoter editPromoter(UUID promoter, NetworkForms.EditPromoter form) {
		Actor actor = maintainer();
		NetworkViews.Promoter p = promoter(actor.tenantId(), promoter);
		if (p.version() != form.version()) {
			throw new org.springframework.dao.OptimisticLockingFailureException("promoter " + promoter + " is stale");
		}
		if (form.untilDate() != null && form.untilDate().isBefore(form.fromDate())) {
			throw new InvalidField("untilDate", "配置の終了日は開始日より後にしてください");
		}
		records.updatePromoter(actor.tenantId(), promoter, form);
		return promoter(actor.tenantId(), promoter);
	}

	@Transactional(readOnly = true)
	public NetworkViews.Promoter promoter(UUID promoter) {
		return promoter(tenant(), promoter);
	}

	private NetworkViews.Promoter promoter(TenantId tenant, UUID promoter) {
		return records.promoters(tenant, today()).stream().filter(p -> p.id().equals(promoter)).findFirst()
			.orElseThrow(() -> new NotFoundException("promoter", promoter.toString()));
	}

	/** Records a 相談支援包括化推進会議 (or a 担当者会議 under it) after it was held. */
	public NetworkViews.Meeting addPromotionMeeting(NetworkForms.NewMeeting form) {
		Actor actor = maintainer();
		if (form.kind() != NetworkMeetingKind.PROMOTION && form.kind() != NetworkMeetingKind.PROMOTION_CASE) {
			throw new InvalidField("kind", "相談支援包括化推進会議か担当者会議を選んでください");
		}
		return meeting(actor, null, form);
	}

	private NetworkViews.Meeting meeting(Actor actor, UUID council, NetworkForms.NewMeeting form) {
		if (form.heldOn().isAfter(today())) {
			throw new InvalidField("heldOn", "会議は開催後に記録します（未来の日付は入力できません）");
		}
		UUID id = UUID.randomUUID();
		records.insertMeeting(actor.tenantId(), council, id, council == null ? form : new NetworkForms.NewMeeting(form.kind(),
				form.heldOn(), form.title(), form.participants(), Set.of(), form.notes()));
		return records.meetings(actor.tenantId(), council).stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
	}

	/** Sets a 成果目標 before its fiscal year starts ({@link GoalTiming}). */
	public NetworkViews.Goal addGoal(NetworkForms.NewGoal form) {
		Actor actor = maintainer();
		LocalDate setOn = form.setOn() == null ? today() : form.setOn();
		GoalTiming.setRefusal(new FiscalYear(form.fiscalYear()), setOn, today()).ifPresent(r -> {
			throw r.exception();
		});
		UUID id = UUID.randomUUID();
		records.insertGoal(actor.tenantId(), id, form, setOn);
		return goal(id);
	}

	/** Reports the 達成度合い with the 実績報告, after the year; stale → 409. */
	public NetworkViews.Goal reportAchievement(UUID goalId, NetworkForms.Achievement form) {
		Actor actor = maintainer();
		NetworkViews.Goal goal = goal(goalId);
		if (goal.version() != form.version()) {
			throw new org.springframework.dao.OptimisticLockingFailureException("goal " + goalId + " is stale");
		}
		GoalTiming.reportRefusal(new FiscalYear(goal.fiscalYear()), form.reportedOn(), today()).ifPresent(r -> {
			throw r.exception();
		});
		records.reportAchievement(actor.tenantId(), goalId, form);
		return goal(goalId);
	}

	@Transactional(readOnly = true)
	public NetworkViews.Goal goal(UUID id) {
		return records.goal(tenant(), id).orElseThrow(() -> new NotFoundException("goal", id.toString()));
	}

	// ---

	private Actor maintainer() {
		Actor actor = ActorContext.require();
		if (!NetworkAccess.mayMaintain(actor, organization.agency(actor.agencyId()).kind())) {
			throw new AccessDeniedException("法人間連携・連絡会・地域力強化の記録を変更できるのは、市町村の担当課、社会福祉協議会と地域づくり事業者です");
		}
		return actor;
	}

	private static TenantId tenant() {
		return ActorContext.require().tenantId();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
