package jp.kasane.participation;

/** What a menu offers (メニューの種類): 参加の場, 働く場, 学びの場, 住まい. */
public enum MenuKind {
	PARTICIPATION("参加の場"), WORK("働く場"), LEARNING("学びの場"), HOUSING("住まい");

	private final String label;

	MenuKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
