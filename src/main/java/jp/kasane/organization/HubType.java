package jp.kasane.organization;

/** Type of consultation hub (包括的相談支援事業の拠点の類型, 別添3 3(3)). */
public enum HubType {
	BASIC("基本型"), INTEGRATED("統合型"), COMMUNITY("地域型");

	private final String label;

	HubType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
