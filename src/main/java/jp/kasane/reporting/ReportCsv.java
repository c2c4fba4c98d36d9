package jp.kasane.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;

import jp.kasane.documents.SpreadsheetCells;
import jp.kasane.reporting.FiscalYearReport.Section;
import jp.kasane.reporting.FiscalYearReport.Table;
import jp.kasane.reporting.FiscalYearReport.Value;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The report as CSV for Excel: a few heading lines (年度, 期間, 実施主体, 用途), then one line per value with the
 * columns 事業, 表, 区分, 件数 (a suppressed count is {@value FiscalYearReport#MARKER}), then the notes. Lines end
 * in CRLF. In Windows-31J, the characters whose JIS and Unicode mappings differ (〜 U+301C, − U+2212, ‖, ¢, £,
 * ¬, —) are written as their MS932 forms and anything else MS932 lacks (𠮷, emoji) as 〓, never an error. A text
 * that would start a spreadsheet formula is written as text ({@link SpreadsheetCells}).
 */
final class ReportCsv {

	private ReportCsv() {
	}

	static byte[] write(FiscalYearReport report, CsvEncoding encoding) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		CharsetEncoder encoder = encoding.charset().newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);
		if (encoding == CsvEncoding.SHIFT_JIS) {
			encoder.replaceWith("〓".getBytes(encoding.charset()));
		}
		try (Writer writer = new OutputStreamWriter(bytes, encoder);
				CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
			if (encoding == CsvEncoding.UTF_8) {
				writer.write('\uFEFF');
			}
			print(csv, encoding, "実績報告", report.label());
			print(csv, encoding, "期間", report.period());
			print(csv, encoding, "実施主体", report.tenantName());
			print(csv, encoding, "用途", report.purpose().label());
			print(csv, encoding, "事業", "表", "区分", "件数");
			for (Section section : report.sections()) {
				for (Table table : section.tables()) {
					for (Value v : table.rows()) {
						print(csv, encoding, section.program(), table.title(), v.label(), count(v));
					}
					if (table.total() != null) {
						print(csv, encoding, section.program(), table.title(), table.total().label(), count(table.total()));
					}
				}
			}
			for (String note : report.notes()) {
				print(csv, encoding, "注", note);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** Through the application's one CSV writer, so that no label or name can start a formula. */
	private static void print(CSVPrinter csv, CsvEncoding encoding, Object... values) {
		Object[] out = new Object[values.length];
		for (int i = 0; i < values.length; i++) {
			out[i] = encoding == CsvEncoding.SHIFT_JIS && values[i] instanceof String text ? ms932(text) : values[i];
		}
		SpreadsheetCells.printRecord(csv, out);
	}

	/** A count as a number (never neutralised as text), a suppressed one as its marker. */
	private static Object count(Value v) {
		return v.suppressed() || v.count() == null ? v.shown() : v.count();
	}

	/** Unicode characters that JIS-based tables map differently from MS932, as MS932 writes them. */
	static String ms932(String text) {
		if (text == null) {
			return null;
		}
		return text.replace('\u301C', '\uFF5E')
			.replace('\u2212', '\uFF0D')
			.replace('\u2016', '\u2225')
			.replace('\u00A2', '\uFFE0')
			.replace('\u00A3', '\uFFE1')
			.replace('\u00AC', '\uFFE2')
			.replace('\u2014', '\u2015');
	}
}
