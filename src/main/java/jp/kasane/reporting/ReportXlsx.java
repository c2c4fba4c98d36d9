package jp.kasane.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import jp.kasane.documents.SpreadsheetCells;
import jp.kasane.reporting.FiscalYearReport.Section;
import jp.kasane.reporting.FiscalYearReport.Table;
import jp.kasane.reporting.FiscalYearReport.Value;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report as an Excel workbook (Apache POI): a sheet 概要 (年度, 期間, 実施主体, 用途, notes) and one sheet per
 * 事業 with its tables (区分 | 件数). Counts are numeric cells; a suppressed count is the text
 * {@value FiscalYearReport#MARKER}, right-aligned; every sheet ends with the notes. Text cells that would start a
 * formula are quote-prefixed ({@link SpreadsheetCells}); counts stay numbers.
 */
final class ReportXlsx {

	static final String SUMMARY_SHEET = "概要";

	private ReportXlsx() {
	}

	static byte[] write(FiscalYearReport report) {
		try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Font boldFont = book.createFont();
			boldFont.setBold(true);
			CellStyle bold = book.createCellStyle();
			bold.setFont(boldFont);
			CellStyle number = book.createCellStyle();
			number.setDataFormat(book.createDataFormat().getFormat("#,##0"));
			CellStyle marker = book.createCellStyle();
			marker.setAlignment(HorizontalAlignment.RIGHT);

			Sheet summary = book.createSheet(SUMMARY_SHEET);
			int r = 0;
			text(summary.createRow(r++), 0, "重層的支援体制整備事業 実績報告（統計）", bold);
			r = heading(summary, r, report);
			r++;
			for (Section section : report.sections()) {
				text(summary.createRow(r++), 0, "シート「" + sheetName(section.program()) + "」：" + section.program(), null);
			}
			notes(summary, r + 1, report);
			summary.setColumnWidth(0, 40 * 256);
			summary.setColumnWidth(1, 40 * 256);

			for (Section section : report.sections()) {
				Sheet sheet = book.createSheet(sheetName(section.program()));
				int row = 0;
				text(sheet.createRow(row++), 0, section.program(), bold);
				row = heading(sheet, row, report);
				for (Table table : section.tables()) {
					row++;
					text(sheet.createRow(row++), 0, table.title(), bold);
					Row head = sheet.createRow(row++);
					text(head, 0, "区分", bold);
					text(head, 1, "件数", bold);
					for (Value v : table.rows()) {
						value(sheet.createRow(row++), v, null, number, marker);
					}
					if (table.total() != null) {
						value(sheet.createRow(row++), table.total(), bold, number, marker);
					}
				}
				notes(sheet, row + 1, report);
				sheet.setColumnWidth(0, 44 * 256);
				sheet.setColumnWidth(1, 14 * 256);
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String sheetName(String program) {
		return WorkbookUtil.createSafeSheetName(program);
	}

	private static int heading(Sheet sheet, int r, FiscalYearReport report) {
		pair(sheet.createRow(r++), "年度", report.label());
		pair(sheet.createRow(r++), "期間", report.period());
		pair(sheet.createRow(r++), "実施主体", report.tenantName());
		pair(sheet.createRow(r++), "用途", report.purpose().label());
		return r;
	}

	private static void notes(Sheet sheet, int r, FiscalYearReport report) {
		for (String note : report.notes()) {
			pair(sheet.createRow(r++), "注", note);
		}
	}

	private static void pair(Row row, String label, String value) {
		text(row, 0, label, null);
		text(row, 1, value, null);
	}

	private static void value(Row row, Value v, CellStyle labelStyle, CellStyle number, CellStyle marker) {
		text(row, 0, v.label(), labelStyle);
		if (v.suppressed()) {
			text(row, 1, v.shown(), marker);
		}
		else {
			org.apache.poi.ss.usermodel.Cell cell = row.createCell(1);
			cell.setCellValue(v.count());
			cell.setCellStyle(number);
		}
	}

	/** Every text cell goes through the application's one rule, so no label or name can start a formula. */
	private static void text(Row row, int column, String text, CellStyle style) {
		SpreadsheetCells.text(row.createCell(column), text, style);
	}
}
