package jp.kasane.housing;

/** The three 居住継続支援体制整備 activities (別添5 4(2)②) done once the prerequisites are in place. */
public enum SetupActivity {
	/** 支援対象者と地域とを円滑につなげるための社会資源の把握. */
	RESOURCE_MAPPING("社会資源の把握・マッピング"),
	/** 関係者間のネットワークづくり. */
	NETWORK_BUILDING("関係者のネットワーク構築"),
	/** 居住継続支援を行う者（居住継続支援員）等の資質向上. */
	SKILLS_DEVELOPMENT("居住継続支援員等の資質向上");

	private final String label;

	SetupActivity(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
