/**
 * 実績報告・統計: the fiscal-year (年度) statistics of the 重層的支援体制整備事業 per 事業 (包括的相談支援, 多機関協働,
 * アウトリーチ等を通じた継続的支援, 参加支援, 地域づくり) and the households touching two or more fields (狭間), with
 * their export files (CSV in UTF-8 with BOM or MS932, XLSX, an A4 PDF summary).
 *
 * <p><b>Read model.</b> The counts are SQL aggregates ({@code GROUP BY} in PostgreSQL, always with
 * {@code tenant_id = ?}) over the tables of {@code intake}, {@code casework}, {@code meeting}, {@code outreach},
 * {@code participation}, {@code community}, {@code person} and {@code organization}. Reading those tables here is
 * this module's read model on purpose: no record is loaded into Java to be counted and no other module changes
 * for the report. The module never writes them. It uses the modules' public enums only for labels.
 *
 * <p><b>Privacy.</b> Only counts leave the module; in files that leave the municipality (外部提出用) small cells
 * are suppressed by {@link jp.kasane.reporting.SmallCellSuppression}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "実績報告・統計", allowedDependencies = { "shared", "audit",
		"documents", "intake", "casework", "meeting", "outreach", "participation", "community" })
package jp.kasane.reporting;
