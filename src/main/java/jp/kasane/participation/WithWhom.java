package jp.kasane.participation;

/** With whom a follow-up was held: the person, the host, or both. */
public enum WithWhom {
	PERSON("本人"), HOST("受け入れ先"), BOTH("本人と受け入れ先");

	private final String label;

	WithWhom(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
