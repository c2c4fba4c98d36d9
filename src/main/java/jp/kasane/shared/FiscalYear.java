package jp.kasane.shared;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A fiscal year (年度): April 1 of {@code year} to March 31 of the next year, named by the year it starts in.
 *
 * <p>The 和暦 name is the era of its April 1. So 2019年度, which began on 平成31年4月1日 and mostly fell in
 * 令和, is "平成31年度": that is the official name of that year (令和元年度 is also seen, but budgets and
 * statistics of the time use 平成31年度).
 *
 * @param year the Gregorian year (西暦年) in which the fiscal year begins
 */
public record FiscalYear(int year) {

	/** The fiscal year a date falls in: January–March belong to the previous year's 年度. */
	public static FiscalYear of(LocalDate date) {
		Objects.requireNonNull(date, "date");
		return new FiscalYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
	}

	/** The first 年度 that statistics and dashboards may be asked for; earlier ones predate any such system. */
	public static final int FIRST_REPORTABLE = 2000;

	/**
	 * The 年度 a user asked a report or dashboard for: a 西暦 year of four ASCII digits (the year the 年度 starts in,
	 * e.g. 2025 for 令和7年度) from {@value #FIRST_REPORTABLE} to {@code current}, since a later year has no data yet.
	 *
	 * @throws InvalidField naming {@code year}, with the Japanese message, for anything else (blank included)
	 */
	public static FiscalYear parseReportable(String text, FiscalYear current) {
		String value = text == null ? "" : text.strip();
		int year = value.matches("[0-9]{4}") ? Integer.parseInt(value) : -1;
		if (year < FIRST_REPORTABLE || year > current.year()) {
			throw new InvalidField("year", "年度は" + FIRST_REPORTABLE + "から" + current.year() + "（今年度）までの西暦4桁で指定してください（例："
					+ current.year() + "）");
		}
		return new FiscalYear(year);
	}

	/** The first day (年度初日), April 1. */
	public LocalDate start() {
		return LocalDate.of(year, 4, 1);
	}

	/** The last day (年度末日), March 31 of the next year. */
	public LocalDate end() {
		return LocalDate.of(year + 1, 3, 31);
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(start()) && !date.isAfter(end());
	}

	/** "令和8年度（2026年度）"; only "1872年度" before 和暦 dates are supported. */
	public String label() {
		String seireki = year + "年度";
		return Era.of(start())
				.map(era -> era.kanji() + Era.yearNumber(era.yearOf(start())) + "年度（" + seireki + "）")
				.orElse(seireki);
	}
}
