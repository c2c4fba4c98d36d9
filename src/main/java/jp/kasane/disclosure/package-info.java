/**
 * 開示請求・エクスポート: a person's whole record for a 保有個人情報の開示請求 (個人情報保護法第76条以下) as JSON and
 * PDF, and the user's case list as CSV. Everything is gathered through the other modules' public APIs, so
 * their access rules and audit apply; each export is audited once more as an export with its basis.
 */
@org.springframework.modulith.ApplicationModule(displayName = "開示請求・エクスポート",
		allowedDependencies = { "shared", "audit", "organization", "person", "consent", "intake", "casework", "plan",
				"meeting", "outreach", "participation", "housing", "documents" })
package jp.kasane.disclosure;
