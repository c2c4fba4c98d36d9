package jp.kasane.dashboard;

import java.util.List;

/**
 * The records behind one figure of a dashboard, as far as the user may open them.
 *
 * @param figure what was clicked, in words (e.g. 「相談の受付（分野別・月別）：5月・高齢」)
 * @param total the records behind the figure (equals the figure's number)
 * @param hidden how many of them the user may not open (counted, never named)
 * @param truncated whether only the first {@link DashboardQueries#RECORD_LIMIT} are listed
 */
public record RecordList(String chart, String figure, String kindLabel, int year, String yearLabel, long total,
		List<Row> rows, long hidden, boolean truncated) {

	/** One record: where it opens, its date, what it is, and the names of the people on it the user may see. */
	public record Row(String id, String href, String date, String info, String people) {
	}
}
