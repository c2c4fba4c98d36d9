package jp.kasane.network;

/** A 協働事業 (イ) is 立ち上げ、試行 and verified: 計画 → 試行 → 検証. */
public enum PilotPhase {
	PLAN("計画"),
	TRIAL("試行"),
	VERIFIED("検証");

	private final String label;

	PilotPhase(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
