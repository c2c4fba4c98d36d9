package jp.kasane.organization;

/**
 * Kind of support agency (支援関係機関の種別), following 別添3–5 and 別記1 of the 実施要綱.
 */
public enum AgencyKind {
	COMMUNITY_GENERAL_SUPPORT_CENTER("地域包括支援センター", true),
	CORE_DISABILITY_CONSULTATION_CENTER("基幹相談支援センター", true),
	DISABILITY_CONSULTATION_OFFICE("障害者相談支援事業所", true),
	CHILD_AND_FAMILY_CENTER("利用者支援事業・こども家庭センター", true),
	SELF_RELIANCE_CONSULTATION("自立相談支援機関", true),
	TOWN_WITHOUT_WELFARE_OFFICE_WINDOW("福祉事務所未設置町村の相談窓口", true),
	MULTI_AGENCY_COLLABORATION("多機関協働事業者", false),
	OUTREACH("アウトリーチ等を通じた継続的支援事業者", false),
	PARTICIPATION_SUPPORT("参加支援事業者", false),
	COMMUNITY_BUILDING("地域づくり事業者", false),
	SOCIAL_WELFARE_COUNCIL("社会福祉協議会", false),
	SOCIAL_WELFARE_CORPORATION("社会福祉法人", false),
	NPO("NPO法人", false),
	MEDICAL_INSTITUTION("医療機関", false),
	SCHOOL("学校", false),
	COMPANY("企業", false),
	WELFARE_COMMISSIONER("民生委員・児童委員", false),
	MUNICIPAL_DEPARTMENT("市町村の担当課", false),
	OTHER("その他", false);

	private final String label;
	private final boolean consultationHub;

	AgencyKind(String label, boolean consultationHub) {
		this.label = label;
		this.consultationHub = consultationHub;
	}

	public String label() {
		return label;
	}

	/** Whether this kind runs 包括的相談支援 and so may carry a hub type (拠点の類型). */
	public boolean consultationHub() {
		return consultationHub;
	}
}
