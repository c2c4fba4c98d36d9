package jp.kasane.participation;

/** Kind of host organisation (受け入れ先の種別). */
public enum HostKind {
	OFFICE("事業所"), COMPANY("企業"), SOCIAL_WELFARE_CORPORATION("社会福祉法人"), NPO("NPO"), FARM("農家"), SHOP("商店"),
	OTHER("その他");

	private final String label;

	HostKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
