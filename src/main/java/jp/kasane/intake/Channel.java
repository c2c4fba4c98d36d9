package jp.kasane.intake;

/** How the consultation reached the agency (相談経路). */
public enum Channel {
	VISIT_TO_OFFICE("来所"), PHONE("電話"), HOME_VISIT("訪問"), MAIL_OR_SNS("メール・SNS"), FROM_AGENCY("関係機関から"),
	FROM_WELFARE_COMMISSIONER("民生委員から"), OTHER("その他");

	private final String label;

	Channel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
