package jp.kasane.network;

/** The disaster-time agreements of 004 (避難の受け入れ, 支援物資, 災害ボランティアセンター運営への協力). */
public enum AgreementKind {
	EVACUATION("福祉避難所・避難者の受け入れ"),
	SUPPLIES("支援物資の提供"),
	DISASTER_VOLUNTEER_CENTER("災害ボランティアセンター運営への協力");

	private final String label;

	AgreementKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
