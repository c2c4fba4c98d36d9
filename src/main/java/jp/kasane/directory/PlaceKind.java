package jp.kasane.directory;

/** Kind of social resource (社会資源の種類); the code is also the HSDS taxonomy term code. */
public enum PlaceKind {
	IBASHO("居場所"),
	SALON("サロン"),
	COMMUNITY_DINING("地域食堂・子ども食堂"),
	COMMUNITY_CAFE("コミュニティカフェ"),
	KAYOINOBA("通いの場"),
	CHILDCARE_HUB("地域子育て支援拠点"),
	ACTIVITY_SUPPORT_CENTER("地域活動支援センター"),
	WORK_EXPERIENCE("就労体験先"),
	TEMPORARY_HOUSING("一時的な住まい・シェルター"),
	CONSULTATION_DESK("相談窓口");

	private final String label;

	PlaceKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
