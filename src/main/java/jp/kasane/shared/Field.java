package jp.kasane.shared;

/**
 * A field of welfare (分野) an agency serves or a consultation touches.
 * The program exists for the gaps between these (狭間).
 */
public enum Field {
	ELDERLY("高齢"), DISABILITY("障害"), CHILDREN("子ども"), LIVELIHOOD("生活困窮"), OTHER("その他");

	private final String label;

	Field(String label) {
		this.label = label;
	}

	/** Japanese label shown on pages. */
	public String label() {
		return label;
	}
}
