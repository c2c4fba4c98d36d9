package jp.kasane.demo;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import jp.kasane.organization.AgencyKind;
import jp.kasane.organization.HubType;
import jp.kasane.shared.Field;

/** The fixed catalogue of かさね市's support agencies (支援関係機関). */
final class DemoAgencies {

	static final String MUNICIPAL = "fukushi-seisaku";
	static final String HOKATSU_NORTH = "hokatsu-kita";
	static final String HOKATSU_SOUTH = "hokatsu-minami";
	static final String CORE_DISABILITY = "kikan-sodan";
	static final String DISABILITY_OFFICE = "sodan-hidamari";
	static final String CHILD_FAMILY = "kodomo-katei";
	static final String SELF_RELIANCE = "kurashi-shigoto";
	static final String COLLABORATION = "jusoteki-kyodo";
	static final String OUTREACH = "outreach-tsunagu";
	static final String PARTICIPATION = "sanka-michikusa";
	static final String COMMUNITY_BUILDING = "chiiki-zukuri";

	private static final String CITY = "東京都かさね市";
	private static final String WELFARE_CENTER = CITY + "東雲1丁目4番2号 かさね市総合福祉センター";
	private static final String FUKUSHIKAI = "社会福祉法人かさね福祉会";
	private static final String SHAKYO = "社会福祉法人かさね市社会福祉協議会";
	private static final Field[] ALL_FIELDS = Field.values();

	private DemoAgencies() {
	}

	static List<DemoAgency> all() {
		return List.of(
				direct(MUNICIPAL, "かさね市福祉政策課", AgencyKind.MUNICIPAL_DEPARTMENT, null,
						CITY + "本町1丁目1番1号 かさね市役所3階", "03-5000-0101", ALL_FIELDS),
				contracted(HOKATSU_NORTH, "かさね市北部地域包括支援センター", AgencyKind.COMMUNITY_GENERAL_SUPPORT_CENTER,
						HubType.BASIC, FUKUSHIKAI, CITY + "北町2丁目5番8号", "03-5000-0211", Field.ELDERLY),
				contracted(HOKATSU_SOUTH, "かさね市南部地域包括支援センター", AgencyKind.COMMUNITY_GENERAL_SUPPORT_CENTER,
						HubType.INTEGRATED, "医療法人社団南台会", CITY + "南台3丁目2番1号", "03-5000-0212",
						Field.ELDERLY, Field.DISABILITY, Field.LIVELIHOOD),
				direct(CORE_DISABILITY, "かさね市基幹相談支援センター", AgencyKind.CORE_DISABILITY_CONSULTATION_CENTER,
						HubType.BASIC, CITY + "本町1丁目1番1号 かさね市役所2階", "03-5000-0221", Field.DISABILITY),
				contracted(DISABILITY_OFFICE, "相談支援事業所ひだまり", AgencyKind.DISABILITY_CONSULTATION_OFFICE,
						HubType.COMMUNITY, "NPO法人ひだまりの会", CITY + "川原町1丁目8番3号", "03-5000-0222",
						Field.DISABILITY),
				direct(CHILD_FAMILY, "かさね市こども家庭センター", AgencyKind.CHILD_AND_FAMILY_CENTER, HubType.BASIC,
						CITY + "本町2丁目3番1号 かさね市保健センター内", "03-5000-0231", Field.CHILDREN),
				contracted(SELF_RELIANCE, "かさね市くらし・しごと相談センター", AgencyKind.SELF_RELIANCE_CONSULTATION,
						HubType.INTEGRATED, SHAKYO, WELFARE_CENTER + "1階", "03-5000-0241",
						Field.LIVELIHOOD, Field.OTHER),
				contracted(COLLABORATION, "かさね市重層的支援推進センター", AgencyKind.MULTI_AGENCY_COLLABORATION, null,
						SHAKYO, WELFARE_CENTER + "2階", "03-5000-0251", ALL_FIELDS),
				contracted(OUTREACH, "アウトリーチ支援室つなぐ", AgencyKind.OUTREACH, null, "NPO法人よりそいネット",
						CITY + "西野2丁目6番5号", "03-5000-0261", Field.DISABILITY, Field.LIVELIHOOD, Field.OTHER),
				contracted(PARTICIPATION, "参加支援ステーションみちくさ", AgencyKind.PARTICIPATION_SUPPORT, null,
						"一般社団法人かさねワークス", CITY + "本町3丁目9番12号", "03-5000-0271",
						Field.DISABILITY, Field.LIVELIHOOD, Field.OTHER),
				contracted(COMMUNITY_BUILDING, "かさね市地域づくり応援センター", AgencyKind.COMMUNITY_BUILDING, null, SHAKYO,
						WELFARE_CENTER + "2階", "03-5000-0281", Field.ELDERLY, Field.CHILDREN, Field.OTHER),
				direct("shakyo", "かさね市社会福祉協議会", AgencyKind.SOCIAL_WELFARE_COUNCIL, null, WELFARE_CENTER,
						"03-5000-0301", ALL_FIELDS),
				direct("kasane-fukushikai", FUKUSHIKAI, AgencyKind.SOCIAL_WELFARE_CORPORATION, null,
						CITY + "緑が丘4丁目1番1号 特別養護老人ホームかさねの里", "03-5000-0311",
						Field.ELDERLY, Field.DISABILITY),
				direct("yorisoi-net", "NPO法人よりそいネット", AgencyKind.NPO, null, CITY + "西野2丁目6番5号",
						"03-5000-0321", Field.CHILDREN, Field.LIVELIHOOD),
				direct("chuo-byoin", "かさね中央病院", AgencyKind.MEDICAL_INSTITUTION, null,
						CITY + "本町4丁目2番10号", "03-5000-0331", Field.ELDERLY, Field.DISABILITY, Field.OTHER),
				direct("daiichi-chugaku", "かさね市立第一中学校", AgencyKind.SCHOOL, null, CITY + "桜ヶ丘1丁目12番1号",
						"03-5000-0341", Field.CHILDREN),
				direct("kasane-butsuryu", "株式会社かさね物流", AgencyKind.COMPANY, null, CITY + "川原町5丁目1番3号",
						"03-5000-0351", Field.DISABILITY, Field.LIVELIHOOD),
				direct("minsei-jidou", "かさね市民生委員児童委員協議会", AgencyKind.WELFARE_COMMISSIONER, null,
						WELFARE_CENTER + "（事務局）", "03-5000-0361", ALL_FIELDS),
				direct("silver-jinzai", "公益社団法人かさね市シルバー人材センター", AgencyKind.OTHER, null,
						CITY + "旭町1丁目3番7号", "03-5000-0371", Field.ELDERLY, Field.OTHER));
	}

	private static DemoAgency direct(String code, String name, AgencyKind kind, HubType hub, String address,
			String phone, Field... fields) {
		return new DemoAgency(code, name, kind, fieldSet(fields), hub, false, null, address, phone);
	}

	private static DemoAgency contracted(String code, String name, AgencyKind kind, HubType hub, String contractor,
			String address, String phone, Field... fields) {
		return new DemoAgency(code, name, kind, fieldSet(fields), hub, true, contractor, address, phone);
	}

	private static EnumSet<Field> fieldSet(Field... fields) {
		EnumSet<Field> set = EnumSet.noneOf(Field.class);
		set.addAll(Arrays.asList(fields));
		return set;
	}
}
