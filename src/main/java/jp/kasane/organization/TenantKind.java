package jp.kasane.organization;

/** Kind of implementing body (実施主体, 要綱2). */
public enum TenantKind {
	MUNICIPALITY("市町村"), PREFECTURE("都道府県"), APPROVED_ORGANIZATION("市町村・都道府県が認めた団体");

	private final String label;

	TenantKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
