package jp.kasane.network;

/** The 実施主体 of a platform (000 2): 都道府県, 市 (特別区を含む) or a body they approve (間接補助). */
public enum ImplementingBody {
	PREFECTURE("都道府県"),
	CITY("市（特別区を含む）"),
	APPROVED_BODY("都道府県等が認めた団体（間接補助）");

	private final String label;

	ImplementingBody(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
