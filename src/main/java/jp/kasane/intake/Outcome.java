package jp.kasane.intake;

/** How the consultation was triaged (受付時の対応). */
public enum Outcome {
	INFORMATION_ONLY("情報提供で終了"), CONTINUE_HERE("自機関で継続"), REFER_TO_AGENCY("他機関へつなぎ"),
	REQUEST_MULTI_AGENCY("多機関協働へ支援依頼"), SUPPORT_CONFERENCE("支援会議で検討");

	private final String label;

	Outcome(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
