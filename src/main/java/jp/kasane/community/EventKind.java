package jp.kasane.community;

/** Kinds of event that make the value of 地域づくり visible (交流会, 発表会, 表彰 …; 別添4 3(2)イ). */
public enum EventKind {
	EXCHANGE("交流会"), PRESENTATION("発表会"), AWARD("表彰"), WORKSHOP("学習会・研修"), LOCAL_FESTIVAL("地域行事・祭り"),
	OTHER("その他");

	private final String label;

	EventKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
