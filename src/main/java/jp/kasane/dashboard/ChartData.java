package jp.kasane.dashboard;

import java.util.List;

/**
 * One figure as the page draws it: categories along the axis (or the agencies of a Sankey), one series per value
 * of the second dimension, and for each cell the number of distinct records behind it.
 *
 * @param chart the figure's code, as in {@code /api/v1/dashboard/{chart}}
 * @param year the 年度 (西暦 of its April)
 * @param yearLabel e.g. 令和8年度（2026年度）
 * @param type {@code bar}, {@code line} or {@code sankey}
 * @param params the query parameters that name a category and a series in the click-through (the second may be null)
 * @param total distinct records counted in the whole figure
 * @param mean the mean of the figure's measure over all its records (days), when it has one
 * @param median the median of that measure
 * @param links the flows of a Sankey (empty otherwise)
 */
public record ChartData(String chart, String title, int year, String yearLabel, String type, boolean stacked, String unit,
		String note, List<String> params, List<Category> categories, List<Series> series, List<Link> links, long total,
		Double mean, Double median) {

	public record Category(String code, String label) {
	}

	/** A series: its count per category (aligned with the categories) and, where the figure has a measure, its mean. */
	public record Series(String code, String label, List<Long> data, List<Double> mean) {
	}

	/** A flow of the Sankey between two agencies with the number of referrals and days to acceptance. */
	public record Link(String from, String fromLabel, String to, String toLabel, long value, Double meanDays, Double medianDays) {
	}
}
