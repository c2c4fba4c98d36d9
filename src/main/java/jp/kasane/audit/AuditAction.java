package jp.kasane.audit;

/** What was done with personal data, or with the accounts and settings that govern access to it. */
public enum AuditAction {
	READ("閲覧"), LIST("一覧表示"), CREATE("登録"), UPDATE("更新"), WITHDRAW("撤回"), EXPORT("出力"),
	/** Account and role changes (issue 11): a proposed grant, its confirmation or rejection, a cleared sign-in throttle. */
	PROPOSE("提案"), CONFIRM("承認"), REJECT("却下"), UNLOCK("ロック解除");

	private final String label;

	AuditAction(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
