package jp.kasane.housing;

/** How a follow-up of 居住継続支援 reached the person. */
public enum FollowUpMethod {
	VISIT("訪問"), PHONE("電話"), OFFICE("来所"), ACCOMPANY("同行"), VIA_OTHERS("関係者経由（居住支援法人・家主など）");

	private final String label;

	FollowUpMethod(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
