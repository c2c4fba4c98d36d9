package jp.kasane.network;

/** The activities of a platform as 000 3(2) lists them: ア (必ず行う), イ・ウ (地域の実情に応じて), エ・オ (併せて行うことができる), カ. */
public enum ActivityKind {
	DISCUSSION("ア 地域課題の討議"),
	COLLABORATION("イ 協働事業"),
	WORKFORCE("ウ 人材確保・定着"),
	BACK_OFFICE("エ 事務処理部門の集約・共同化"),
	ICT("オ ＩＣＴ技術の導入"),
	OTHER("カ その他の取組");

	private final String label;

	ActivityKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
