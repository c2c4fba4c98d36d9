package jp.kasane.demo;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.kasane.participation.HostKind;
import jp.kasane.participation.Interest;
import jp.kasane.participation.MenuKind;
import jp.kasane.participation.ParticipationForms.HostForm;
import jp.kasane.participation.ParticipationForms.MenuForm;
import jp.kasane.participation.ParticipationManagement;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.Role;
import jp.kasane.shared.TenantId;

/**
 * The 参加支援 hosts of かさね市 (農家, カフェ, 社会福祉法人の施設, 図書館, 空き家の学習スペース …) and their
 * menus, stored as the municipality through the participation module. Fixed data: the same every run.
 */
final class DemoParticipation {

	static final String NORTH = "北部圏域";
	static final String SOUTH = "南部圏域";

	private static final String CITY = "東京都かさね市";
	private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
	private static final Set<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

	private record DemoMenu(MenuKind kind, String title, String tasks, String conditions, boolean shortHours,
			boolean transport, boolean remote, Set<DayOfWeek> days, String hours, int capacity, Set<Interest> interests) {
	}

	private record DemoHost(String name, HostKind kind, String contact, String phone, String area, String address,
			List<DemoMenu> menus) {
	}

	private DemoParticipation() {
	}

	static void store(ParticipationManagement participation, TenantId tenant, AgencyId municipal) {
		SystemAuthentication.runAs(tenant, municipal, Set.of(Role.MUNICIPAL_STAFF), () -> {
			for (DemoHost h : hosts()) {
				UUID host = participation.createHost(new HostForm(h.name(), h.kind(), h.contact(), h.phone(), h.area(),
						h.address(), null, null)).id();
				for (DemoMenu m : h.menus()) {
					participation.addMenu(host, new MenuForm(m.kind(), m.title(), m.tasks(), m.conditions(), m.shortHours(),
							m.transport(), m.remote(), m.days(), m.hours(), h.area(), m.capacity(), m.interests(), null, true,
							null));
				}
			}
		});
	}

	static List<DemoHost> hosts() {
		return List.of(
				new DemoHost("緑が丘ファーム（高橋農園）", HostKind.FARM, "高橋 正志", "03-5100-1101", NORTH, CITY + "緑が丘5丁目3番",
						List.of(new DemoMenu(MenuKind.WORK, "野菜の収穫と袋詰め", "朝どり野菜の収穫、土落とし、直売所向けの袋詰め",
								"長靴・軍手は貸出あり。雨天は袋詰めのみ", true, true, false,
								EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), "9:00〜12:00", 2,
								EnumSet.of(Interest.OUTDOOR, Interest.PLANTS, Interest.MOVING)),
								new DemoMenu(MenuKind.PARTICIPATION, "鶏の世話", "餌やり、卵の回収、鶏舎の掃除", "服薬管理不要。一人で黙々とできる",
										true, false, false, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
										"8:00〜10:00", 1, EnumSet.of(Interest.ANIMALS, Interest.OUTDOOR, Interest.QUIET)))),
				new DemoHost("コミュニティカフェ よりみち", HostKind.SHOP, "佐野 恵", "03-5100-1201", SOUTH, CITY + "本町2丁目8番4号",
						List.of(new DemoMenu(MenuKind.WORK, "カフェの仕込みと洗い場", "野菜の下ごしらえ、食器洗い、閉店後の片付け",
								"エプロン持参。短時間から可", true, false, false,
								EnumSet.of(DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), "10:00〜14:00", 2,
								EnumSet.of(Interest.COOKING, Interest.CLEANING)),
								new DemoMenu(MenuKind.WORK, "カフェの接客（短時間）", "注文取り、配膳、常連さんとの会話", "慣れるまでスタッフが隣につく",
										true, false, false, WEEKEND, "11:00〜13:00", 1,
										EnumSet.of(Interest.TALKING, Interest.SALES)))),
				new DemoHost("社会福祉法人かさね福祉会 特別養護老人ホームかさねの里", HostKind.SOCIAL_WELFARE_CORPORATION, "吉田 智子",
						"03-5000-0311", NORTH, CITY + "緑が丘4丁目1番1号",
						List.of(new DemoMenu(MenuKind.WORK, "シーツ交換と清掃の補助", "居室のシーツ交換、共用部の清掃、洗濯物たたみ",
								"本来業務に支障のない範囲で受け入れ（R3.3.31通知）。送迎車の空きがあれば送迎可", true, true, false, WEEKDAYS,
								"13:00〜15:00", 3, EnumSet.of(Interest.CLEANING, Interest.MOVING, Interest.ELDERLY)),
								new DemoMenu(MenuKind.PARTICIPATION, "利用者さんの話し相手", "お茶の時間に利用者さんと話す、レクリエーションの手伝い",
										"職員が同席", true, true, false, EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
										"14:00〜15:30", 2, EnumSet.of(Interest.TALKING, Interest.ELDERLY)))),
				new DemoHost("かさね市立中央図書館", HostKind.OTHER, "石原 涼子", "03-5100-1401", SOUTH, CITY + "本町1丁目5番1号",
						List.of(new DemoMenu(MenuKind.PARTICIPATION, "図書館ボランティア（配架・本の修理）", "返却本の配架、破れた本の補修、展示の準備",
								"静かな作業。人と話す場面は少ない", true, false, false,
								EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY), "10:00〜12:00", 3,
								EnumSet.of(Interest.BOOKS, Interest.QUIET, Interest.CRAFT)))),
				new DemoHost("空き家の学習スペース「ひだまり教室」", HostKind.NPO, "村上 亮太", "03-5100-1501", NORTH,
						CITY + "桜ヶ丘3丁目2番7号",
						List.of(new DemoMenu(MenuKind.LEARNING, "学び直しの自習室", "高卒認定や資格の勉強。ボランティアの元教員に質問できる",
								"出入り自由。予約不要", true, false, false,
								EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), "16:00〜20:00", 5,
								EnumSet.of(Interest.STUDY, Interest.QUIET)),
								new DemoMenu(MenuKind.PARTICIPATION, "子どもの学習支援の手伝い", "不登校の子の宿題を見る、一緒に工作をする",
										"子どもと関わるため事前の面談あり", false, false, false,
										EnumSet.of(DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY), "15:00〜17:00", 2,
										EnumSet.of(Interest.CHILDREN, Interest.STUDY, Interest.TALKING)))),
				new DemoHost("株式会社かさね物流", HostKind.COMPANY, "小松 健", "03-5000-0351", SOUTH, CITY + "川原町5丁目1番3号",
						List.of(new DemoMenu(MenuKind.WORK, "倉庫の検品・ラベル貼り", "入荷品の数の確認、ラベル貼り、段ボールの組み立て",
								"就労体験（雇用契約なし）。作業着貸与", false, false, false, WEEKDAYS, "9:00〜15:00", 2,
								EnumSet.of(Interest.CRAFT, Interest.QUIET, Interest.MOVING)))),
				new DemoHost("西野保護犬シェルター", HostKind.NPO, "大野 さやか", "03-5100-1701", NORTH, CITY + "西野4丁目10番",
						List.of(new DemoMenu(MenuKind.PARTICIPATION, "犬の散歩と小屋の掃除", "保護犬の散歩、小屋の掃除、ブラッシング",
								"動物アレルギーのない方", true, false, false, WEEKEND, "9:00〜11:00", 2,
								EnumSet.of(Interest.ANIMALS, Interest.OUTDOOR, Interest.MOVING)))),
				new DemoHost("かさねワークス 在宅ワーク窓口", HostKind.OFFICE, "清水 美穂", "03-5000-0271", SOUTH, CITY + "本町3丁目9番12号",
						List.of(new DemoMenu(MenuKind.WORK, "データ入力（在宅）", "アンケート結果の入力、名簿の整理。パソコンは貸出",
								"週1回のオンライン面談あり", true, false, true, WEEKDAYS, "自由（1日2時間まで）", 4,
								EnumSet.of(Interest.COMPUTER, Interest.AT_HOME, Interest.QUIET)))),
				new DemoHost("NPO法人よりそいネット シェアハウスかさね", HostKind.NPO, "山内 光", "03-5000-0321", NORTH, CITY + "西野2丁目6番5号",
						List.of(new DemoMenu(MenuKind.HOUSING, "一時的な住まい（シェアハウス）", "個室での一時的な住まい。共用部の掃除当番",
								"最長6か月。生活困窮でない人も利用可（3(3)ウ(ア)※）", false, false, false,
								EnumSet.allOf(DayOfWeek.class), "随時", 1, EnumSet.of(Interest.QUIET, Interest.CLEANING)))));
	}
}
