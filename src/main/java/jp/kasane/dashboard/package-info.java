/**
 * ダッシュボード: the year in figures (年度の実績) as charts for the municipality, the 多機関協働 team and each
 * agency — consultations, referrals (つなぎ), 多機関協働 cases, conferences, アウトリーチ, 参加支援, 地域課題 and the
 * households in the gaps between fields (狭間) — each figure linking to the records behind it.
 *
 * <p><b>Read model.</b> The figures are SQL aggregates over the tables of intake, casework, meeting, outreach,
 * participation and community (and the audit log, for when a referral was first answered), read directly by this
 * module as a read model: it changes none of them, and every statement is bound to {@code tenant_id}. Records behind
 * a figure are shown only where the owning module's access rules allow it ({@code PersonAccess.basis},
 * {@code CaseManagement.mayOpen}), and listing a person is audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "ダッシュボード",
		allowedDependencies = { "shared", "audit", "person", "casework", "intake", "meeting", "outreach", "participation" })
package jp.kasane.dashboard;
