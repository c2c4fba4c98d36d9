package jp.kasane.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import jp.kasane.reporting.FiscalYearReport.Table;
import jp.kasane.reporting.FiscalYearReport.Value;
import org.springframework.stereotype.Component;

/**
 * 秘匿処理 (suppression of small cells) for reports that leave the municipality, so that nobody can be recognised
 * from a small count.
 *
 * <ol>
 * <li><b>Primary</b>: a count from 1 to {@code threshold − 1} ({@code kasane.reporting.suppress-below}, default 3)
 * is shown as {@value FiscalYearReport#MARKER}. 0 stays 0: an empty cell reveals nobody.</li>
 * <li><b>Secondary</b> (so that a total cannot give a suppressed cell back): while exactly one cell of a table (its
 * rows and its total) is suppressed, or the suppressed rows add up to less than the threshold under a total that is
 * shown (two suppressed 1s under a total would both be known), the smallest non-zero row still shown (the first on
 * ties) is suppressed too; when there is none, the total is. Suppressed cells are then known only as a sum of at
 * least the threshold, which several splits could make.</li>
 * </ol>
 * Tables that count no person ({@link StatTable#personal()} false) are never suppressed.
 */
@Component
class SmallCellSuppression {

	private final int threshold;

	SmallCellSuppression(@org.springframework.beans.factory.annotation.Value("${kasane.reporting.suppress-below:3}") int threshold) {
		if (threshold < 1) {
			throw new IllegalArgumentException("kasane.reporting.suppress-below must be at least 1");
		}
		this.threshold = threshold;
	}

	int threshold() {
		return threshold;
	}

	/** Whether a count is suppressed on its own (primary suppression). */
	boolean isSmall(long count) {
		return count >= 1 && count < threshold;
	}

	/** The table as shown: suppressed when {@code suppress} and the table counts people. */
	Table apply(StatTable table, boolean suppress) {
		int n = table.cells().size();
		boolean hasTotal = table.total() != null;
		// index n stands for the total
		long[] counts = new long[n + (hasTotal ? 1 : 0)];
		boolean[] hidden = new boolean[counts.length];
		for (int i = 0; i < n; i++) {
			counts[i] = table.cells().get(i).count();
		}
		if (hasTotal) {
			counts[n] = table.total().count();
		}
		if (suppress && table.personal()) {
			for (int i = 0; i < counts.length; i++) {
				hidden[i] = isSmall(counts[i]);
			}
			while (counts.length > 1 && revealing(counts, hidden, n, hasTotal)) {
				int next = IntStream.range(0, n)
					.filter(i -> !hidden[i] && counts[i] > 0)
					.boxed()
					.min(Comparator.<Integer>comparingLong(i -> counts[i]).thenComparingInt(i -> i))
					.orElse(-1);
				if (next >= 0) {
					hidden[next] = true;
				}
				else if (hasTotal && !hidden[n]) {
					hidden[n] = true;
				}
				else {
					break;
				}
			}
		}
		List<Value> rows = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			rows.add(value(table.cells().get(i).label(), counts[i], hidden[i]));
		}
		Value total = hasTotal ? value(table.total().label(), counts[n], hidden[n]) : null;
		return new Table(table.title(), rows, total);
	}

	/**
	 * Whether the suppressed cells could be worked out: a single suppressed cell, or suppressed rows that add up to
	 * less than the threshold under a total that is shown (1 + 1 under a total would give both back).
	 */
	private boolean revealing(long[] counts, boolean[] hidden, int n, boolean hasTotal) {
		int suppressed = 0;
		long hiddenRows = 0;
		for (int i = 0; i < counts.length; i++) {
			if (hidden[i]) {
				suppressed++;
				if (i < n) {
					hiddenRows += counts[i];
				}
			}
		}
		if (suppressed == 1) {
			return true;
		}
		return suppressed > 0 && hasTotal && !hidden[n] && hiddenRows < threshold;
	}

	private static Value value(String label, long count, boolean hidden) {
		return hidden ? new Value(label, null, true, FiscalYearReport.MARKER) : new Value(label, count, false, Long.toString(count));
	}
}
