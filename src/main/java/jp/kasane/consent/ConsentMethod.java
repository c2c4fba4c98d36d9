package jp.kasane.consent;

/** How the consent was obtained (取得方法). */
public enum ConsentMethod {
	WRITTEN("書面"), ORAL("口頭");

	private final String label;

	ConsentMethod(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
