package jp.kasane.shared;

/** What a user account may do. A user holds one or more roles within one agency. */
public enum Role {
	/** システム管理者: manages agencies and accounts of its tenant; sees no resident data. */
	SYSTEM_ADMIN("システム管理者"),
	/** 市町村 担当課: sees every resident of its tenant; makes the 支援決定. */
	MUNICIPAL_STAFF("市町村担当課"),
	/** 多機関協働事業者のコーディネーター: coordinates 多機関協働 cases. */
	COORDINATOR("多機関協働コーディネーター"),
	/** 支援関係機関の相談支援員: sees the residents its agency has a reason to see. */
	CASEWORKER("相談支援員"),
	/** 監査担当: reads and verifies the audit log; sees no resident data. */
	AUDITOR("監査担当");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/**
	 * Whether the role lets its holder read resident data (要配慮個人情報). Granting such a role needs a second
	 * person's confirmation (職務の分離).
	 */
	public boolean readsResidents() {
		return this == MUNICIPAL_STAFF || this == COORDINATOR || this == CASEWORKER;
	}
}
