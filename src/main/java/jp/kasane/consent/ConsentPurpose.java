package jp.kasane.consent;

/** What the person agreed their information may be used and shared for (同意の目的). */
public enum ConsentPurpose {
	INFORMATION_SHARING("支援関係機関の間での情報共有"),
	REFERRAL("他機関へのつなぎ（紹介）"),
	MULTI_AGENCY_COLLABORATION("多機関協働事業の利用（申込）"),
	PARTICIPATION_SUPPORT("参加支援事業の利用"),
	OUTREACH("アウトリーチ等を通じた継続的支援");

	private final String label;

	ConsentPurpose(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
