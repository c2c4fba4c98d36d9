package jp.kasane.participation;

/** 定着支援 during a placement, or つながり続ける (periodic contact) after it ended (3(3)イ(エ)). */
public enum FollowUpKind {
	SETTLING("定着支援"), KEEP_IN_TOUCH("つながり続ける");

	private final String label;

	FollowUpKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
