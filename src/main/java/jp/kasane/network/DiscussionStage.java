package jp.kasane.network;

/** The four steps of ア (地域課題に関する討議 → 取組内容の企画 → 実施方法の検討 → 取組状況の検証), each recorded as a meeting. */
public enum DiscussionStage {
	DISCUSSION("討議"),
	PLANNING("企画"),
	METHOD("実施方法の検討"),
	VERIFICATION("検証");

	private final String label;

	DiscussionStage(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
