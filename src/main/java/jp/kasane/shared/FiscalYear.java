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
