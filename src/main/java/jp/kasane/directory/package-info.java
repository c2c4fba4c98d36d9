/**
 * 社会資源・居場所のディレクトリ (§5.6, 別添5 2–3): places and services of the town with operator, target,
 * area, recurring schedule and contact; searchable by every staff role that works with residents,
 * maintained by the municipality and the 地域づくり事業者, exported and imported as Open Referral HSDS 3 JSON.
 * Not personal data; the address of a confidential place (DV シェルター) is shown to municipal staff only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "directory",
		allowedDependencies = { "shared", "organization" })
package jp.kasane.directory;
