package jp.kasane.community;

/**
 * Kinds of platform member (プラットフォームの参加者). Those from outside welfare (商店街, 企業, 学校 …)
 * carry the non-welfare marker: a platform is meant to bring them in (別添4 3(2)ウ).
 */
public enum MemberKind {
	WELFARE_AGENCY("福祉の支援関係機関", false),
	SOCIAL_WELFARE_COUNCIL("社会福祉協議会", false),
	SOCIAL_WELFARE_CORPORATION("社会福祉法人", false),
	NPO_VOLUNTEER("NPO・ボランティア団体", false),
	WELFARE_COMMISSIONER("民生委員・児童委員", false),
	MUNICIPALITY("市町村", false),
	RESIDENT("住民", false),
	NEIGHBOURHOOD_ASSOCIATION("自治会・町内会", true),
	SHOPPING_STREET("商店街・商店", true),
	COMPANY("企業", true),
	SCHOOL("学校・大学", true),
	AGRICULTURAL_COOPERATIVE("農協・農家", true),
	TRANSPORT("交通事業者", true),
	HOUSING("住宅・不動産", true),
	MEDICAL("医療機関・薬局", true),
	FINANCIAL("金融機関", true),
	OTHER_NON_WELFARE("その他（福祉以外）", true);

	private final String label;
	private final boolean nonWelfare;

	MemberKind(String label, boolean nonWelfare) {
		this.label = label;
		this.nonWelfare = nonWelfare;
	}

	public String label() {
		return label;
	}

	/** Whether the member comes from outside welfare (福祉以外の分野). */
	public boolean nonWelfare() {
		return nonWelfare;
	}
}
