package jp.kasane.reporting;

/**
 * What an export is for: 庁内用 stays in the municipality and shows every count; 外部提出用 leaves it (the 実績報告 to
 * the prefecture and the state, a council, a publication) and has its small cells suppressed.
 */
public enum ReportPurpose {
	/** 庁内用: no suppression; only municipal staff may ask for it. */
	INTERNAL("庁内用"),
	/** 外部提出用: small cells suppressed; the default for everyone but municipal staff. */
	EXTERNAL("外部提出用");

	private final String label;

	ReportPurpose(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
