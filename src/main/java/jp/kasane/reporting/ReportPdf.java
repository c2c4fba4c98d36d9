package jp.kasane.reporting;


import jp.kasane.documents.PdfPrinter;
import jp.kasane.documents.PdfSheet;
import jp.kasane.reporting.FiscalYearReport.Section;
import jp.kasane.reporting.FiscalYearReport.Table;
import jp.kasane.reporting.FiscalYearReport.Value;

/**
 * The printable A4 summary, drawn with the documents module's {@link PdfSheet} in the embedded Japanese font: a
 * section per 事業, each table as labelled rows with its total, the notes at the end.
 */
final class ReportPdf {

	static final String TITLE = "重層的支援体制整備事業 実績報告（統計）";

	private ReportPdf() {
	}

	static byte[] write(FiscalYearReport report, PdfPrinter printer, String printedOn) {
		PdfSheet sheet = printer.sheet(TITLE, report.label() + "　" + report.tenantName() + "　"
				+ report.purpose().label() + "　作成 " + printedOn);
		sheet.row("期間", report.period());
		for (Section section : report.sections()) {
			sheet.section(section.program());
			for (Table table : section.tables()) {
				sheet.paragraph("【" + table.title() + "】");
				for (Value v : table.rows()) {
					row(sheet, v);
				}
				if (table.total() != null) {
					row(sheet, table.total());
				}
			}
		}
		sheet.section("注");
		for (String note : report.notes()) {
			sheet.note("・" + note);
		}
		return sheet.finish();
	}

	/** A label longer than the label column (about 11 characters) gets a line of its own, the count below it. */
	private static void row(PdfSheet sheet, Value v) {
		if (v.label().codePointCount(0, v.label().length()) > 11) {
			sheet.paragraph(v.label());
			sheet.row("", v.shown());
		}
		else {
			sheet.row(v.label(), v.shown());
		}
	}
}
