package jp.kasane.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.kasane.community.CommunityForms;
import jp.kasane.community.CommunityManagement;
import jp.kasane.community.CommunityProgram;
import jp.kasane.community.CommunityViews;
import jp.kasane.community.CoordinatorRole;
import jp.kasane.community.EventKind;
import jp.kasane.community.IssueSource;
import jp.kasane.community.IssueStatus;
import jp.kasane.community.MemberKind;
import jp.kasane.community.ServedGroup;
import jp.kasane.meeting.AgendaRole;
import jp.kasane.meeting.MeetingForms;
import jp.kasane.meeting.MeetingKind;
import jp.kasane.meeting.MeetingManagement;
import jp.kasane.meeting.MeetingView;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.Role;
import jp.kasane.shared.TenantId;
import org.springframework.stereotype.Component;

/**
 * The demo town's 地域づくり: hubs of all five programs, two platforms with members from outside
 * welfare, coordinators, events, and a 地域課題 register that includes a role C decision of a
 * 重層的支援会議 on the demo 8050 case. Stored through the modules' APIs; deterministic.
 */
@Component
class DemoCommunity {

	private final CommunityManagement community;
	private final MeetingManagement meetings;
	private final java.time.Clock clock;

	DemoCommunity(CommunityManagement community, MeetingManagement meetings, java.time.Clock clock) {
		this.community = community;
		this.meetings = meetings;
		this.clock = clock;
	}

	void store(TenantId tenant, AgencyId communityAgency, AgencyId coordinator) {
		LocalDate today = LocalDate.now(clock);
		SystemAuthentication.runAs(tenant, coordinator, Set.of(Role.COORDINATOR), () -> conferenceOnTheDemoCase(today));
		SystemAuthentication.runAs(tenant, communityAgency, Set.of(Role.CASEWORKER), () -> register(today));
	}

	/**
	 * A 重層的支援会議 held a week ago that took the demo 8050 case's son under role C and recorded the
	 * shortage it revealed (only if the demo case exists).
	 */
	private void conferenceOnTheDemoCase(LocalDate today) {
		meetings.mine().stream()
			.filter(m -> m.kind() == MeetingKind.MULTI_LAYERED && m.title().equals("重層的支援会議（定例）"))
			.findFirst()
			.map(m -> meetings.view(m.id()))
			.filter(m -> !m.agenda().isEmpty())
			.ifPresent(regular -> {
				MeetingView.Item item = regular.agenda().get(0);
				Set<UUID> agencies = new HashSet<>(regular.invitedAgencies());
				UUID meeting = meetings.schedule(new MeetingForms.Schedule(MeetingKind.MULTI_LAYERED,
						"重層的支援会議（地域課題の把握）", today.minusDays(7).atTime(14, 0), false, false, agencies, null, null)).id();
				MeetingView withItem = meetings.addAgendaItem(meeting, new MeetingForms.AgendaItem(item.person(), item.caseId(),
						AgendaRole.C, "地域に不足している社会資源の把握"));
				meetings.hold(meeting, new MeetingForms.Hold(today.minusDays(7), agencies, "事例から見えた地域の不足を確認した", null));
				meetings.decide(meeting, new MeetingForms.Decision(withItem.agenda().get(0).id(), null,
						"ひきこもりの人が日中に安心して通える居場所が北部圏域にない"));
			});
	}

	private void register(LocalDate today) {
		Map<String, UUID> hubs = new HashMap<>();
		hub(hubs, CommunityProgram.CARE_PREVENTION_ACTIVITY, "いきいき百歳体操 北町会館", "北町自治会", "北部圏域",
				ServedGroup.ELDERLY, false, "毎週火曜 10:00–11:30");
		hub(hubs, CommunityProgram.CARE_PREVENTION_ACTIVITY, "南台ふれあいサロン", "南台地区社会福祉協議会", "南部圏域",
				ServedGroup.ELDERLY, true, "毎月第2・第4木曜 13:30–15:30（放課後の子どもも参加）");
		hub(hubs, CommunityProgram.LIVING_SUPPORT_SYSTEM, "第1層協議体（かさね市全域）", "かさね市社会福祉協議会", "市全域",
				ServedGroup.ELDERLY, false, "毎月第3水曜 14:00–16:00");
		hub(hubs, CommunityProgram.LIVING_SUPPORT_SYSTEM, "北部圏域 第2層協議体", "かさね市社会福祉協議会", "北部圏域",
				ServedGroup.ELDERLY, true, "隔月第1金曜 18:30–20:00");
		hub(hubs, CommunityProgram.COMMUNITY_ACTIVITY_SUPPORT_CENTER, "地域活動支援センターひだまり（Ⅰ型）", "社会福祉法人かさね会",
				"中部圏域", ServedGroup.DISABILITY, true, "月〜金 9:30–16:00（金曜夕方は誰でも使えるカフェ）");
		hub(hubs, CommunityProgram.CHILD_REARING_SUPPORT_HUB, "子育てひろば ぽかぽか（一般型）", "NPO法人こもれび", "南小学校区",
				ServedGroup.CHILDREN, true, "月〜金 10:00–15:00（水曜は高齢者ボランティアとの交流）");
		hub(hubs, CommunityProgram.CHILD_REARING_SUPPORT_HUB, "かさね児童館ひろば（連携型）", "かさね市", "北小学校区",
				ServedGroup.CHILDREN, false, "火・木・土 10:00–13:00");
		hub(hubs, CommunityProgram.NEEDY_COMMUNITY_BUILDING, "みんなの居場所 かさねテラス", "かさね市地域づくり応援センター",
				"中部圏域", ServedGroup.MULTI_GENERATIONAL, true, "毎週水・土 12:00–18:00（土曜は子ども食堂）");

		CommunityViews.Platform north = community.addPlatform(new CommunityForms.NewPlatform("北部まちづくり円卓会議", "北部圏域",
				"福祉と商店街・農協・学校・交通事業者が、北部の暮らしの困りごとを持ち寄って話し合う"));
		member(north, "かさね市北部地域包括支援センター", MemberKind.WELFARE_AGENCY);
		member(north, "かさね市社会福祉協議会", MemberKind.SOCIAL_WELFARE_COUNCIL);
		member(north, "かさね駅前商店街振興組合", MemberKind.SHOPPING_STREET);
		member(north, "JAかさね", MemberKind.AGRICULTURAL_COOPERATIVE);
		member(north, "かさね市立北小学校", MemberKind.SCHOOL);
		member(north, "北町自治会", MemberKind.NEIGHBOURHOOD_ASSOCIATION);
		member(north, "かさね交通バス", MemberKind.TRANSPORT);
		CommunityViews.Platform youth = community.addPlatform(new CommunityForms.NewPlatform("かさね子ども・若者応援ネットワーク",
				"市全域", "子ども・若者の居場所と学び・働く場を、学校・企業・住まいの事業者とともに増やす"));
		member(youth, "かさね市こども家庭センター", MemberKind.WELFARE_AGENCY);
		member(youth, "NPO法人こもれび", MemberKind.NPO_VOLUNTEER);
		member(youth, "かさね市民生委員児童委員協議会", MemberKind.WELFARE_COMMISSIONER);
		member(youth, "かさね市立第一中学校", MemberKind.SCHOOL);
		member(youth, "株式会社かさね製作所", MemberKind.COMPANY);
		member(youth, "かさね不動産協会", MemberKind.HOUSING);

		community.addPlatformMeeting(north.id(), new CommunityForms.NewPlatformMeeting(today.minusDays(60), "買い物と移動",
				18, "高台の住宅地から商店街までの移動手段がないという声が多い", "北部の高台に住む高齢者が買い物に行く手段がない"));
		community.addPlatformMeeting(north.id(), new CommunityForms.NewPlatformMeeting(today.minusDays(20), "空き店舗の活用",
				15, "商店街の空き店舗を居場所として使えないか話し合った", null));
		community.addPlatformMeeting(youth.id(), new CommunityForms.NewPlatformMeeting(today.minusDays(45), "放課後の居場所",
				22, "中学校・企業・NPOで放課後の過ごし方を共有した", "中高生が放課後に過ごせる居場所が少ない"));

		UUID layer1 = coordinator("高田 恵", CoordinatorRole.LIVING_SUPPORT_LAYER1, "市全域", "かさね市社会福祉協議会");
		UUID north2 = coordinator("石井 健", CoordinatorRole.LIVING_SUPPORT_LAYER2, "北部圏域", "かさね市社会福祉協議会");
		coordinator("小野 由紀", CoordinatorRole.LIVING_SUPPORT_LAYER2, "南部圏域", "かさね市社会福祉協議会");
		coordinator("森 夏美", CoordinatorRole.COMMUNITY_BUILDING, "市全域", "かさね市地域づくり応援センター");
		coordinator("岡田 剛", CoordinatorRole.WORK_ACTIVITY, "市全域", "参加支援ステーションみちくさ");

		community.addEvent(new CommunityForms.NewEvent("多世代交流会「いっしょにごはん」", EventKind.EXCHANGE, today.minusDays(30),
				hubs.get("みんなの居場所 かさねテラス"), null, 18, 4, 9, 15, null));
		community.addEvent(new CommunityForms.NewEvent("通いの場 活動発表会", EventKind.PRESENTATION, today.minusDays(14),
				hubs.get("南台ふれあいサロン"), null, 6, 0, 5, 42, "小学生が体操に参加"));
		community.addEvent(new CommunityForms.NewEvent("地域の担い手 表彰式", EventKind.AWARD, today.plusDays(12), null, north.id(),
				0, 0, 0, 0, "買い物支援に協力した商店・農家を表彰"));
		community.addEvent(new CommunityForms.NewEvent("子育てひろば 世代間交流まつり", EventKind.LOCAL_FESTIVAL, today.plusDays(25),
				hubs.get("子育てひろば ぽかぽか（一般型）"), null, 0, 0, 0, 0, null));

		// 地域課題: what the conference raised, what coordinators and platforms raised, at different stages.
		community.importAll();
		CommunityViews.Issue shopping = community.issues(IssueStatus.RAISED).stream()
			.filter(i -> i.title().equals("北部の高台に住む高齢者が買い物に行く手段がない"))
			.findFirst()
			.orElseThrow();
		move(shopping.id(), IssueStatus.UNDER_REVIEW, 0, "第2層協議体で検討", null);
		move(shopping.id(), IssueStatus.DEVELOPING, 1, "JAかさねと商店街が移動販売を試行", null);
		CommunityViews.Issue garbage = community.raise(new CommunityForms.NewIssue("ごみ出しが難しい高齢者世帯への支えが足りない",
				"第1層協議体で各圏域から同じ声が挙がった", "市全域", IssueSource.COORDINATOR, layer1, null, today.minusDays(120)));
		move(garbage.id(), IssueStatus.UNDER_REVIEW, 0, null, null);
		move(garbage.id(), IssueStatus.DEVELOPING, 1, "有償ボランティアの仕組みを社協と検討", null);
		move(garbage.id(), IssueStatus.RESOURCE_CREATED, 2, "募集と研修を終えて開始", "ごみ出しサポーター（有償ボランティア）");
		community.raise(new CommunityForms.NewIssue("障害のある人が夕方以降に立ち寄れる場がない", null, "北部圏域",
				IssueSource.COORDINATOR, north2, null, today.minusDays(10)));
		CommunityViews.Issue night = community.raise(new CommunityForms.NewIssue("夜間・休日の相談先が分かりにくい", null, "市全域",
				IssueSource.OTHER, null, null, today.minusDays(40)));
		move(night.id(), IssueStatus.DECLINED, 0, "既存の夜間相談窓口を広報とホームページで周知して対応", null);
	}

	private void hub(Map<String, UUID> hubs, CommunityProgram program, String name, String operator, String area,
			ServedGroup serves, boolean open, String schedule) {
		hubs.put(name, community.addHub(new CommunityForms.NewHub(program, name, operator, area, serves, open, schedule, null,
				null)).id());
	}

	private void member(CommunityViews.Platform platform, String name, MemberKind kind) {
		community.addMember(platform.id(), new CommunityForms.NewMember(name, kind));
	}

	private UUID coordinator(String name, CoordinatorRole role, String area, String agency) {
		return community.addCoordinator(new CommunityForms.NewCoordinator(name, role, area, agency)).id();
	}

	private void move(UUID issue, IssueStatus to, int version, String note, String resourceName) {
		community.changeStatus(issue, new CommunityForms.StatusChange(to, version, note, resourceName,
				resourceName == null ? null : "地域の担い手とともにつくった新しい社会資源"));
	}
}
