/**
 * アウトリーチ等を通じた継続的支援 (別添5 2): people whom support is not reaching and who may not consent
 * yet — how they became known (情報源), what was gathered, every attempt to reach them, the stage of the
 * relationship (把握 → 接触 → 関係形成 → 相談につながる → 支援へ) and, once they consent, the 多機関協働 case.
 * Until consent only the アウトリーチ事業者 holding the record, the municipality and pledged members of a
 * 支援会議 (社会福祉法106条の6) that has the person on its agenda may open it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "outreach",
		allowedDependencies = { "shared", "audit", "person", "consent", "organization", "casework", "meeting" })
package jp.kasane.outreach;
