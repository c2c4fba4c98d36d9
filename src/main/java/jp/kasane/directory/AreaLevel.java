package jp.kasane.directory;

/** Kind of area a place serves: 小学校区, 中学校区 or 日常生活圏域 (介護保険の圏域). */
public enum AreaLevel {
	ELEMENTARY_SCHOOL("小学校区"),
	JUNIOR_HIGH_SCHOOL("中学校区"),
	DAILY_LIFE("日常生活圏域");

	private final String label;

	AreaLevel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
