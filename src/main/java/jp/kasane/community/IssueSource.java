package jp.kasane.community;

/** Where a 地域課題 was first raised. */
public enum IssueSource {
	CONFERENCE("会議（重層的支援会議など）の地域課題"), COORDINATOR("コーディネーター"), PLATFORM_MEETING("プラットフォームの会合"),
	OTHER("その他");

	private final String label;

	IssueSource(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
