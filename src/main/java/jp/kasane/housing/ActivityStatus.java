package jp.kasane.housing;

/** Where a setup activity (②) stands. */
public enum ActivityStatus {
	NOT_STARTED("未着手"), IN_PROGRESS("実施中"), DONE("実施済");

	private final String label;

	ActivityStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
