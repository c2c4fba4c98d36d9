package jp.kasane.community;

/**
 * The five 地域づくり事業 run together under 重層的支援体制整備事業 (要綱3(2); 別添4 3(1)), with the
 * law each is based on.
 */
public enum CommunityProgram {
	/** 地域介護予防活動支援事業 — 介護保険法第115条の45第1項第2号 (一般介護予防事業; 別記2の1). */
	CARE_PREVENTION_ACTIVITY("地域介護予防活動支援事業", "介護保険法第115条の45第1項第2号"),
	/** 生活支援体制整備事業 — 介護保険法第115条の45第2項第5号 (別記2の2). */
	LIVING_SUPPORT_SYSTEM("生活支援体制整備事業", "介護保険法第115条の45第2項第5号"),
	/** 地域活動支援センター事業 — 障害者総合支援法第77条第1項第9号 (別記2の3). */
	COMMUNITY_ACTIVITY_SUPPORT_CENTER("地域活動支援センター事業", "障害者総合支援法第77条第1項第9号"),
	/** 地域子育て支援拠点事業 — 子ども・子育て支援法第59条第9号 (別記2の4). */
	CHILD_REARING_SUPPORT_HUB("地域子育て支援拠点事業", "子ども・子育て支援法第59条第9号"),
	/** 生活困窮者支援等のための地域づくり事業 — 「生活困窮者自立相談支援事業等の実施について」 (別記2の5; no article). */
	NEEDY_COMMUNITY_BUILDING("生活困窮者支援等のための地域づくり事業", "「生活困窮者自立相談支援事業等の実施について」（通知）");

	private final String label;
	private final String basis;

	CommunityProgram(String label, String basis) {
		this.label = label;
		this.basis = basis;
	}

	public String label() {
		return label;
	}

	public String basis() {
		return basis;
	}
}
