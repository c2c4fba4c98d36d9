package jp.kasane.reporting;

import java.util.List;

/**
 * One table of the report as counted: its rows (区分 and count) and, when the rows add up or have a whole,
 * a total row. {@code personal} tables count people or records about one person and are subject to small-cell
 * suppression; the others (conferences and events held, 地域課題, event participants) count no one who could be
 * recognised and are never suppressed.
 */
record StatTable(String title, List<Cell> cells, Cell total, boolean personal) {

	record Cell(String label, long count) {
	}

	StatTable {
		cells = List.copyOf(cells);
	}
}
