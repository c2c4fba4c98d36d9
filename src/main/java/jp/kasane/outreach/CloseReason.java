package jp.kasane.outreach;

/** Why the outreach ended (終了の理由). */
public enum CloseReason {
	TO_SUPPORT("支援へ移行"), MOVED("転居"), DECEASED("死亡"), NO_LONGER_NEEDED("働きかけが不要になった"), OTHER("その他");

	private final String label;

	CloseReason(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
