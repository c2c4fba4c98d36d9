package jp.kasane.reporting;

import jp.kasane.shared.FiscalYear;
import jp.kasane.shared.InvalidField;

/**
 * Which 年度 a report may be asked for: a 西暦 year of four digits (the year the 年度 starts in, e.g. 2025 for
 * 令和7年度) from {@value #FIRST} to the current 年度. A later year has no data yet, an earlier one no system.
 */
final class ReportYearRule {

	static final int FIRST = 2000;

	private ReportYearRule() {
	}

	static FiscalYear parse(String text, FiscalYear current) {
		String value = text == null ? "" : text.strip();
		if (!value.matches("[0-9]{4}")) {
			throw new InvalidField("year", message(current));
		}
		int year = Integer.parseInt(value);
		if (year < FIRST || year > current.year()) {
			throw new InvalidField("year", message(current));
		}
		return new FiscalYear(year);
	}

	private static String message(FiscalYear current) {
		return "年度は" + FIRST + "から" + current.year() + "（今年度）までの西暦4桁で指定してください（例：" + current.year() + "）";
	}
}
