package jp.kasane.outreach;

/** How the person became known (情報源; 別添5 2(3)イ(ア) 支援関係機関や地域住民等との連携を通じた情報収集). */
public enum Source {
	WELFARE_COMMISSIONER("民生委員"), NEIGHBOUR("近隣住民"), AGENCY("関係機関"), CONSULTATION("相談から"), FAMILY("家族"),
	OTHER("その他");

	private final String label;

	Source(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
