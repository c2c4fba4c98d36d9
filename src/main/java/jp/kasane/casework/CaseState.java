package jp.kasane.casework;

/** States of a 多機関協働 case (別添5 1(3)イ–カ). */
public enum CaseState {
	REFERRAL_RECEIVED("紹介受付"),
	RETURNED_TO_REFERRER("紹介元へ戻す"),
	INTAKE("相談受付（申込・本人同意）"),
	ASSESSMENT("アセスメント"),
	PLANNING("プラン作成"),
	IN_SUPPORT("支援中（モニタリング）"),
	CLOSED("終結"),
	SUSPENDED("中断");

	private final String label;

	CaseState(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
