package jp.kasane.intake;

/** Closed-loop status of a referral (つなぎ), visible to both agencies. */
public enum ReferralStatus {
	REQUESTED("依頼"), ACCEPTED("受理"), RETURNED("差戻し"), IN_PROGRESS("対応中"), COMPLETED("完了");

	private final String label;

	ReferralStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
