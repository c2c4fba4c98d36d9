package jp.kasane.documents;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellPropertyType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellUtil;

/**
 * The one rule for text in every CSV and XLSX the application writes (CSV/formula injection): a text
 * that starts with {@code = + - @}, a tab or a carriage return would be read by Excel or LibreOffice as
 * a formula, so it is written as text. In CSV it gets a leading apostrophe; in XLSX the cell keeps its
 * exact text and is marked "quote prefixed" (Excel's own 「'」, which survives editing the cell). Numbers
 * are not text: they are written as numbers, negative ones included.
 */
public final class SpreadsheetCells {

	private SpreadsheetCells() {
	}

	/** Whether a spreadsheet would read this text as the start of a formula. */
	public static boolean startsFormula(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

	/** Text for a CSV cell: as is, or with a leading apostrophe when it would start a formula; null is empty. */
	public static String csv(String text) {
		if (text == null) {
			return "";
		}
		return startsFormula(text) ? "'" + text : text;
	}

	/**
	 * Prints one CSV record: numbers as numbers, anything else as neutralised text (null is empty).
	 * Every CSV of the application prints through here.
	 */
	public static void printRecord(CSVPrinter printer, Object... values) {
		Object[] out = new Object[values.length];
		for (int i = 0; i < values.length; i++) {
			out[i] = values[i] instanceof Number number ? number : csv(values[i] == null ? null : values[i].toString());
		}
		try {
			printer.printRecord(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Sets an XLSX text cell (with its style, may be null), quote-prefixed when it would start a formula. */
	public static void text(Cell cell, String text, CellStyle style) {
		cell.setCellValue(text);
		if (style != null) {
			cell.setCellStyle(style);
		}
		if (startsFormula(text)) {
			// Finds or creates the same style with the prefix, so a sheet does not get a style per cell.
			CellUtil.setCellStyleProperty(cell, CellPropertyType.QUOTE_PREFIXED, true);
		}
	}
}
