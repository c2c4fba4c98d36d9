package jp.kasane.audit;

/** What was done with personal data. */
public enum AuditAction {
	READ("閲覧"), LIST("一覧表示"), CREATE("登録"), UPDATE("更新"), WITHDRAW("撤回"), EXPORT("出力");

	private final String label;

	AuditAction(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
