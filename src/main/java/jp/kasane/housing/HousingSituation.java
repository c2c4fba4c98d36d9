package jp.kasane.housing;

/** The person's housing when 居住継続支援 starts. */
public enum HousingSituation {
	PLANNED_MOVE_IN("入居予定"), MOVED_IN("入居済");

	private final String label;

	HousingSituation(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
