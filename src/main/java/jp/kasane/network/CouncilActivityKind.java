package jp.kasane.network;

/** What a council's members run: 地域における公益的な取組 (社会福祉法第24条第2項), 災害時協定, 福祉教育等. */
public enum CouncilActivityKind {
	PUBLIC_INTEREST("地域における公益的な取組"),
	DISASTER_AGREEMENT("災害時協定"),
	EDUCATION("福祉教育・出前講座・職場体験");

	private final String label;

	CouncilActivityKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
