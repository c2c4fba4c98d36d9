package jp.kasane.network;

/** The two model projects of seed 003 whose 成果目標 are set in advance. */
public enum GoalProgram {
	REGIONAL_CAPACITY("地域力強化推進事業"),
	MULTI_AGENCY("多機関の協働による包括的支援体制構築事業");

	private final String label;

	GoalProgram(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
