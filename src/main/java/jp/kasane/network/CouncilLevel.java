package jp.kasane.network;

/** Where a 連絡会等 works (004 推進方策①). */
public enum CouncilLevel {
	PREFECTURE("都道府県・指定都市域"),
	CITY("市区町村域"),
	DAILY_LIFE_AREA("日常生活圏域");

	private final String label;

	CouncilLevel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
