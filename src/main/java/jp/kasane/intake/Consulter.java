package jp.kasane.intake;

/** Who brought the consultation (相談者). */
public enum Consulter {
	SELF("本人"), FAMILY("家族"), NEIGHBOUR("近隣"), AGENCY("関係機関"), OTHER("その他");

	private final String label;

	Consulter(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
