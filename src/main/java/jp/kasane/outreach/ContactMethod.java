package jp.kasane.outreach;

/** How the worker tried to reach the person (働きかけの方法; 別添5 2(3)イ(ウ)(エ)). */
public enum ContactMethod {
	VISIT("訪問"), LETTER("手紙"), PHONE("電話"), ACCOMPANIED("同行"), VIA_OTHERS("関係者経由"), OTHER("その他");

	private final String label;

	ContactMethod(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
