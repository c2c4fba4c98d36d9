package jp.kasane.meeting;

/** Kinds of conference (別添5 1(3)キ, 社会福祉法106条の6, 別記). */
public enum MeetingKind {
	MULTI_LAYERED("重層的支援会議"),
	SUPPORT_CONFERENCE("支援会議（社会福祉法第106条の6）"),
	CASE_CONFERENCE("ケース会議・事例検討"),
	REUSED_BODY("既存の会議体の活用（地域ケア会議・支援調整会議・協議会など）");

	private final String label;

	MeetingKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
