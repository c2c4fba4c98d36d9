package jp.kasane.community;

/** Whom a hub serves first (対象); 多世代 for a hub open to all generations and attributes. */
public enum ServedGroup {
	ELDERLY("高齢"), DISABILITY("障害"), CHILDREN("子ども・子育て"), NEEDY("生活困窮"), MULTI_GENERATIONAL("多世代");

	private final String label;

	ServedGroup(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
