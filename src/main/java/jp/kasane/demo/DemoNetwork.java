package jp.kasane.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.kasane.network.ActivityKind;
import jp.kasane.network.AgreementKind;
import jp.kasane.network.CollaborationCategory;
import jp.kasane.network.CouncilActivityKind;
import jp.kasane.network.CouncilLevel;
import jp.kasane.network.CouncilMemberKind;
import jp.kasane.network.DiscussionStage;
import jp.kasane.network.EducationKind;
import jp.kasane.network.GoalProgram;
import jp.kasane.network.ImplementingBody;
import jp.kasane.network.NetworkMeetingKind;
import jp.kasane.network.NetworkForms;
import jp.kasane.network.NetworkManagement;
import jp.kasane.network.NetworkViews;
import jp.kasane.network.ParticipantKind;
import jp.kasane.network.PilotPhase;
import jp.kasane.network.PromotionTopic;
import jp.kasane.network.WorkforceKind;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.FiscalYear;
import jp.kasane.shared.Role;
import jp.kasane.shared.TenantId;
import org.springframework.stereotype.Component;

/**
 * The demo town's networks: a 東京都-run 法人間連携プラットフォーム of seven corporations (small and not, plus a
 * 介護福祉士養成施設) in its first subsidy year with activities ア–エ; かさね市社会福祉法人連絡会 run with the 社協,
 * with members, 公益的な取組, a 災害時協定 and a 出前講座; and 地域力強化推進事業 in two areas with
 * 相談支援包括化推進員, a 推進会議 and 成果目標. Stored through the network module's API; deterministic.
 */
@Component
class DemoNetwork {

	static final String PLATFORM = "東京都 かさね圏域 法人間連携プラットフォーム";
	static final String COUNCIL = "かさね市社会福祉法人連絡会";

	private final NetworkManagement network;
	private final Clock clock;

	DemoNetwork(NetworkManagement network, Clock clock) {
		this.network = network;
		this.clock = clock;
	}

	void store(TenantId tenant, AgencyId municipal, AgencyId communityAgency) {
		LocalDate today = LocalDate.now(clock);
		SystemAuthentication.runAs(tenant, municipal, Set.of(Role.MUNICIPAL_STAFF), () -> platform(today));
		SystemAuthentication.runAs(tenant, communityAgency, Set.of(Role.CASEWORKER), () -> {
			council(today);
			regional(today);
		});
	}

	private void platform(LocalDate today) {
		FiscalYear year = FiscalYear.of(today);
		NetworkViews.Platform p = network.addPlatform(new NetworkForms.NewPlatform(PLATFORM, "東京都（福祉局）",
				ImplementingBody.PREFECTURE, "かさね市と近隣2市（東京都が定める圏域）", year.start()));
		UUID id = p.id();
		Map<String, UUID> ids = new HashMap<>();
		participant(ids, id, "社会福祉法人かさね福祉会", ParticipantKind.SOCIAL_WELFARE_CORPORATION, false, year.start());
		participant(ids, id, "社会福祉法人みどり会", ParticipantKind.SOCIAL_WELFARE_CORPORATION, true, year.start());
		participant(ids, id, "社会福祉法人ひかり保育会", ParticipantKind.SOCIAL_WELFARE_CORPORATION, true, year.start());
		participant(ids, id, "社会福祉法人さくら苑", ParticipantKind.SOCIAL_WELFARE_CORPORATION, true, year.start());
		participant(ids, id, "株式会社ケアパートナーかさね", ParticipantKind.FOR_PROFIT, false, year.start());
		participant(ids, id, "NPO法人こもれび", ParticipantKind.NPO, true, year.start());
		participant(ids, id, "かさね宅老所の会", ParticipantKind.NO_LEGAL_PERSONALITY, true, year.start());
		participant(ids, id, "東京かさね介護福祉専門学校", ParticipantKind.TRAINING_INSTITUTION, false, year.start());

		network.addActivity(id, activity(ActivityKind.DISCUSSION, "圏域の地域課題の共有（単身高齢者の孤立・人材不足）",
				within(year, today, 60), DiscussionStage.DISCUSSION, null, null, "各法人が把握している困りごとを持ち寄った"));
		network.addActivity(id, activity(ActivityKind.DISCUSSION, "見守り事業と合同研修の企画", within(year, today, 30),
				DiscussionStage.PLANNING, null, null, "イ・ウの取組を企画した"));
		NetworkViews.Activity watch = network.addActivity(id, activity(ActivityKind.COLLABORATION,
				"単身高齢者の見守りネットワーク（配食時の声かけ）", within(year, today, 25), null,
				CollaborationCategory.WATCHING_OVER, null, "5法人の配食・送迎の動線で見守る"));
		network.changePhase(watch.id(), new NetworkForms.PhaseChange(PilotPhase.TRIAL, watch.version(), "北部圏域で試行を開始"));
		network.addActivity(id, new NetworkForms.NewActivity(ActivityKind.WORKFORCE, "合同研修：認知症ケアの基礎",
				within(year, today, 20), null, null, WorkforceKind.JOINT_TRAINING, true, 42, 38, null, null, "オンラインで実施"));
		NetworkViews.Activity exchange = network.addActivity(id, new NetworkForms.NewActivity(ActivityKind.WORKFORCE,
				"介護職員の人事交流（3か月）", within(year, today, 15), null, null, WorkforceKind.PERSONNEL_EXCHANGE, false, null,
				null, ids.get("社会福祉法人かさね福祉会"), ids.get("社会福祉法人みどり会"), null));
		network.agree(exchange.id(), new NetworkForms.Agreement(ids.get("社会福祉法人かさね福祉会"), within(year, today, 14)));
		network.agree(exchange.id(), new NetworkForms.Agreement(ids.get("社会福祉法人みどり会"), within(year, today, 12)));
		NetworkViews.Activity fair = network.addActivity(id, new NetworkForms.NewActivity(ActivityKind.WORKFORCE,
				"合同就職面接会", within(year, today, 10), null, null, WorkforceKind.RECRUITMENT_FAIR, false, null, null, null, null,
				"かさね駅前の市民ホールで開催"));
		network.recordFairResult(fair.id(), new NetworkForms.FairResult(ids.get("社会福祉法人かさね福祉会"), 9, 3));
		network.recordFairResult(fair.id(), new NetworkForms.FairResult(ids.get("社会福祉法人さくら苑"), 4, 1));
		network.recordFairResult(fair.id(), new NetworkForms.FairResult(ids.get("株式会社ケアパートナーかさね"), 6, 2));
		network.addActivity(id, activity(ActivityKind.BACK_OFFICE, "報酬請求・資材購入の共同事務センターの設立準備", today, null,
				null, null, "参画法人が委託する別法人（連携推進法人ではない）を立ち上げる"));
		network.addSubsidyYear(id, new NetworkForms.SubsidyYear(year.year(), 5700, true, false,
				"基準額2,500千円（6〜9法人）＋エの加算3,200千円"));
	}

	private void participant(Map<String, UUID> ids, UUID platform, String name, ParticipantKind kind, boolean small,
			LocalDate joinedOn) {
		NetworkViews.Platform p = network.addParticipant(platform, new NetworkForms.NewParticipant(name, kind, small, joinedOn));
		ids.put(name, p.participants().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow().id());
	}

	private static NetworkForms.NewActivity activity(ActivityKind kind, String title, LocalDate on, DiscussionStage stage,
			CollaborationCategory category, WorkforceKind workforce, String notes) {
		return new NetworkForms.NewActivity(kind, title, on, stage, category, workforce, false, null, null, null, null, notes);
	}

	/** A day {@code days} before today, but not before the start of the fiscal year. */
	private static LocalDate within(FiscalYear year, LocalDate today, int days) {
		LocalDate day = today.minusDays(days);
		return day.isBefore(year.start()) ? year.start() : day;
	}

	private void council(LocalDate today) {
		NetworkViews.Council c = network.addCouncil(new NetworkForms.NewCouncil(COUNCIL, CouncilLevel.CITY,
				"かさね市社会福祉協議会", LocalDate.of(2019, 6, 1),
				"市内の全ての社会福祉法人と社協が、地域における公益的な取組を持ち寄り、無理なくできることから協働する"));
		UUID id = c.id();
		Map<String, UUID> m = new HashMap<>();
		member(m, id, "かさね市社会福祉協議会", CouncilMemberKind.SOCIAL_WELFARE_COUNCIL, null);
		member(m, id, "社会福祉法人かさね福祉会", CouncilMemberKind.SOCIAL_WELFARE_CORPORATION, null);
		member(m, id, "特別養護老人ホームかさねの里", CouncilMemberKind.FACILITY, "社会福祉法人かさね福祉会");
		member(m, id, "社会福祉法人みどり会", CouncilMemberKind.SOCIAL_WELFARE_CORPORATION, null);
		member(m, id, "社会福祉法人ひかり保育会", CouncilMemberKind.SOCIAL_WELFARE_CORPORATION, null);
		member(m, id, "ひかり保育園", CouncilMemberKind.FACILITY, "社会福祉法人ひかり保育会");
		network.addCouncilMeeting(id, new NetworkForms.NewMeeting(NetworkMeetingKind.REPRESENTATIVES, today.minusDays(40),
				"代表者会（理事長・施設長）：今年度の公益的な取組", 14, Set.of(), "年3回程度開催"));
		network.addCouncilMeeting(id, new NetworkForms.NewMeeting(NetworkMeetingKind.STAFF, today.minusDays(10),
				"現場担当者会議：子ども食堂の運営", 9, Set.of(), null));
		network.addCouncilActivity(id, new NetworkForms.NewCouncilActivity(CouncilActivityKind.PUBLIC_INTEREST,
				"子ども食堂「かさね食堂」", m.get("社会福祉法人かさね福祉会"),
				Set.of(m.get("社会福祉法人ひかり保育会"), m.get("かさね市社会福祉協議会")), null, null, today.minusDays(200), null,
				"毎月第2・第4土曜、特養の厨房で調理"));
		network.addCouncilActivity(id, new NetworkForms.NewCouncilActivity(CouncilActivityKind.PUBLIC_INTEREST,
				"送迎車の空き時間を使った買い物支援", m.get("社会福祉法人みどり会"), Set.of(), null, null, today.minusDays(120), null,
				null));
		network.addCouncilActivity(id, new NetworkForms.NewCouncilActivity(CouncilActivityKind.DISASTER_AGREEMENT,
				"災害時における要配慮者の受け入れに関する協定（福祉避難所）", m.get("特別養護老人ホームかさねの里"), Set.of(),
				AgreementKind.EVACUATION, null, LocalDate.of(2024, 9, 1), null, "かさね市・社協・法人の三者協定"));
		network.addCouncilActivity(id, new NetworkForms.NewCouncilActivity(CouncilActivityKind.EDUCATION,
				"わくわく福祉出前講座（認知症サポーター養成）", m.get("特別養護老人ホームかさねの里"), Set.of(), null,
				EducationKind.OUTREACH_LECTURE, today.minusDays(14), 35, "かさね市立第一中学校2年生"));
	}

	private void member(Map<String, UUID> ids, UUID council, String name, CouncilMemberKind kind, String corporation) {
		NetworkViews.Council c = network.addCouncilMember(council, new NetworkForms.NewCouncilMember(name, kind, corporation));
		ids.put(name, c.members().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow().id());
	}

	private void regional(LocalDate today) {
		FiscalYear year = FiscalYear.of(today);
		network.addRegionalYear(new NetworkForms.RegionalYear(year.year(), false, java.util.List.of(
				new NetworkForms.NewArea("北小学校区", "北小学校区地区社会福祉協議会", "北町会館（誰でも立ち寄れる活動拠点）"),
				new NetworkForms.NewArea("南小学校区", "南台地区社会福祉協議会", "南台ふれあいサロン（丸ごと受け止める場）"))));
		network.addPromoter(new NetworkForms.NewPromoter("佐藤 美紀", "社会福祉士", "かさね市重層的支援推進センター",
				year.start(), null));
		network.addPromoter(new NetworkForms.NewPromoter("田中 健", "主任介護支援専門員・相談支援の実務経験8年",
				"かさね市北部地域包括支援センター", year.start(), null));
		network.addPromotionMeeting(new NetworkForms.NewMeeting(NetworkMeetingKind.PROMOTION, within(year, today, 21),
				"相談支援包括化推進会議（第1回）", 16, Set.of(PromotionTopic.WORK_OF_AGENCIES, PromotionTopic.COLLABORATION_METHODS,
						PromotionTopic.RESULT_VERIFICATION), "自立支援協議会の場を活用"));
		LocalDate setBefore = year.start().minusDays(15);
		network.addGoal(new NetworkForms.NewGoal(year.year(), GoalProgram.REGIONAL_CAPACITY,
				"住民が運営する活動拠点の開設数（2地域）", 4, "か所", setBefore));
		network.addGoal(new NetworkForms.NewGoal(year.year(), GoalProgram.MULTI_AGENCY,
				"相談支援包括化推進員がコーディネートした複合課題の相談件数", 60, "件", setBefore));
		FiscalYear last = new FiscalYear(year.year() - 1);
		NetworkViews.Goal previous = network.addGoal(new NetworkForms.NewGoal(last.year(), GoalProgram.MULTI_AGENCY,
				"相談支援包括化推進会議の開催回数", 6, "回", last.start().minusDays(20)));
		network.reportAchievement(previous.id(), new NetworkForms.Achievement(5, "1回は台風で中止。残り5回で支援実績を検証した",
				today, previous.version()));
	}
}
