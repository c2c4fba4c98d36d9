package jp.kasane.network;

/** Members of a 連絡会等: corporations, their facilities, the 社協 and others (NPO・企業 may join, 004). */
public enum CouncilMemberKind {
	SOCIAL_WELFARE_CORPORATION("社会福祉法人"),
	FACILITY("福祉施設・事業所"),
	SOCIAL_WELFARE_COUNCIL("社会福祉協議会"),
	NPO("NPO法人"),
	COMPANY("企業"),
	OTHER("その他");

	private final String label;

	CouncilMemberKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
