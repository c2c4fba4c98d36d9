package jp.kasane.network;

/** The agenda of 相談支援包括化推進会議 (003 2(4)ウ (ア)–(オ)); (オ) verifies the support results. */
public enum PromotionTopic {
	WORK_OF_AGENCIES("（ア）各相談支援機関等の業務の理解"),
	COLLABORATION_METHODS("（イ）具体的な連携方法"),
	WELFARE_NEEDS("（ウ）地域住民の福祉ニーズ"),
	NEW_RESOURCES("（エ）不足する社会資源の創出方法"),
	RESULT_VERIFICATION("（オ）支援実績の検証");

	private final String label;

	PromotionTopic(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
