package jp.kasane.community;

/** Kinds of coordinator in 地域づくり (別添4 3(2)イ; 別記2の2). */
public enum CoordinatorRole {
	/** 生活支援コーディネーター 第1層: the whole municipality (別記2の2). */
	LIVING_SUPPORT_LAYER1("生活支援コーディネーター（第1層）"),
	/** 生活支援コーディネーター 第2層: a daily-life area (日常生活圏域, 介護保険法第117条第2項第1号). */
	LIVING_SUPPORT_LAYER2("生活支援コーディネーター（第2層）"),
	/** 就労的活動支援コーディネーター (別記2の2, optional). */
	WORK_ACTIVITY("就労的活動支援コーディネーター"),
	/** 地域づくりコーディネーター (別添4 3(2)イ). */
	COMMUNITY_BUILDING("地域づくりコーディネーター"),
	/** コミュニティソーシャルワーカー. */
	COMMUNITY_SOCIAL_WORKER("コミュニティソーシャルワーカー"),
	OTHER("その他のコーディネーター");

	private final String label;

	CoordinatorRole(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
