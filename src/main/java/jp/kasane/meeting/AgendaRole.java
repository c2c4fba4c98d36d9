package jp.kasane.meeting;

/** Why a case is on the agenda of a 重層的支援会議 (別添5 1(3)キ(イ)). */
public enum AgendaRole {
	A("プランの適切性の協議"), B("支援の終結時等の評価"), C("社会資源の不足の把握（地域課題）");

	private final String label;

	AgendaRole(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
