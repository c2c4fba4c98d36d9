package jp.kasane.network;

/** Meetings recorded by this module: a council's (代表者会, 現場担当者会議, プロジェクト委員会) and 相談支援包括化推進会議 with its 担当者会議 (003 2(4)ウ). */
public enum NetworkMeetingKind {
	REPRESENTATIVES("代表者会"),
	STAFF("現場担当者会議"),
	PROJECT("プロジェクト委員会・幹事会"),
	PROMOTION("相談支援包括化推進会議"),
	PROMOTION_CASE("担当者会議（推進会議の下）");

	private final String label;

	NetworkMeetingKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
