package jp.kasane.community;

/** Where a 地域課題 stands: 提起 → 検討中 → 対応中（資源開発） → 新たな資源ができた, or 見送り. */
public enum IssueStatus {
	RAISED("提起"), UNDER_REVIEW("検討中"), DEVELOPING("対応中（資源開発）"), RESOURCE_CREATED("新たな資源ができた"), DECLINED("見送り");

	private final String label;

	IssueStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
