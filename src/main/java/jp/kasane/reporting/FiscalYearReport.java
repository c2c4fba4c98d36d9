package jp.kasane.reporting;

import java.util.List;

/**
 * The 実績報告 of one 年度 as it is shown or exported: per 事業 its tables, each value either a count or the
 * suppression marker. Holds counts only, never a person.
 *
 * @param year the 西暦 year the 年度 starts in
 * @param label "令和7年度（2025年度）"
 * @param period "2025年4月1日〜2026年3月31日"
 * @param tenantName the 実施主体
 * @param purpose 庁内用 or 外部提出用
 * @param suppressBelow counts from 1 to this − 1 are suppressed in 外部提出用
 * @param sections one per 事業, in the order of the 実績報告
 * @param notes footnotes every file carries (how things are counted, what the marker means)
 */
public record FiscalYearReport(int year, String label, String period, String tenantName, ReportPurpose purpose,
		int suppressBelow, List<Section> sections, List<String> notes) {

	/** The marker shown instead of a suppressed count. */
	public static final String MARKER = "＊";

	/** One 事業 (or the 狭間 summary). */
	public record Section(String program, List<Table> tables) {
	}

	/** One table: its rows and optionally a total row. */
	public record Table(String title, List<Value> rows, Value total) {
	}

	/**
	 * One cell: {@code count} is null when {@code suppressed}, {@code shown} is what the files print (the count or
	 * {@link FiscalYearReport#MARKER}).
	 */
	public record Value(String label, Long count, boolean suppressed, String shown) {
	}
}
