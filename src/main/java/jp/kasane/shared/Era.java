package jp.kasane.shared;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A Japanese era (元号) since the Meiji restoration, with its kanji name (漢字表記),
 * its one-letter abbreviation (略号, as in "S45.3.2") and its first day in the Gregorian calendar.
 *
 * <p>明治 officially began on 慶応4年1月1日 (retroactively, = 1868-01-25), but until 明治5年12月2日
 * Japan used the lunisolar calendar (旧暦), so dates written as 明治1〜5年 do not map to Gregorian days
 * by simple arithmetic. The platform therefore supports dates only from {@link #EARLIEST_SUPPORTED}
 * (明治6年1月1日 = 1873-01-01, the day the Gregorian calendar (新暦) was adopted).
 */
public enum Era {
	MEIJI("明治", 'M', LocalDate.of(1868, 1, 25)),
	TAISHO("大正", 'T', LocalDate.of(1912, 7, 30)),
	SHOWA("昭和", 'S', LocalDate.of(1926, 12, 25)),
	HEISEI("平成", 'H', LocalDate.of(1989, 1, 8)),
	REIWA("令和", 'R', LocalDate.of(2019, 5, 1));

	/** 明治6年1月1日: the first day of the Gregorian calendar in Japan (改暦), the earliest date handled in 和暦. */
	public static final LocalDate EARLIEST_SUPPORTED = LocalDate.of(1873, 1, 1);

	private final String kanji;
	private final char letter;
	private final LocalDate start;

	Era(String kanji, char letter, LocalDate start) {
		this.kanji = kanji;
		this.letter = letter;
		this.start = start;
	}

	/** The era name in kanji (元号名), e.g. "昭和". */
	public String kanji() {
		return kanji;
	}

	/** The upper-case abbreviation letter (略号), e.g. 'S'. */
	public char letter() {
		return letter;
	}

	/** The first day of the era (改元日). */
	public LocalDate start() {
		return start;
	}

	/** The last day of the era, or empty for the current era. */
	public Optional<LocalDate> end() {
		int next = ordinal() + 1;
		return next < values().length ? Optional.of(values()[next].start.minusDays(1)) : Optional.empty();
	}

	/** The Gregorian year (西暦年) of this era's given year; year 1 is 元年. */
	public int toGregorianYear(int eraYear) {
		return start.getYear() + eraYear - 1;
	}

	/** This era's year (和暦年) of a date; 1 means 元年. */
	public int yearOf(LocalDate date) {
		return date.getYear() - start.getYear() + 1;
	}

	/** The year number as written before "年" or "年度": "45", or "元" for year 1 (元年). */
	static String yearNumber(int eraYear) {
		return eraYear == 1 ? "元" : Integer.toString(eraYear);
	}

	/** Whether the date lies within this era (and on or after {@link #EARLIEST_SUPPORTED}). */
	public boolean contains(LocalDate date) {
		return !date.isBefore(start) && !date.isBefore(EARLIEST_SUPPORTED)
				&& end().map(last -> !date.isAfter(last)).orElse(true);
	}

	/** The era of a date, or empty before {@link #EARLIEST_SUPPORTED}. */
	public static Optional<Era> of(LocalDate date) {
		Objects.requireNonNull(date, "date");
		if (date.isBefore(EARLIEST_SUPPORTED)) {
			return Optional.empty();
		}
		Era[] eras = values();
		for (int i = eras.length - 1; i >= 0; i--) {
			if (!date.isBefore(eras[i].start)) {
				return Optional.of(eras[i]);
			}
		}
		return Optional.empty();
	}

	/** Looks an era up by its kanji name ("昭和") or letter ("S" or "s"). */
	public static Optional<Era> lookup(String nameOrLetter) {
		if (nameOrLetter == null) {
			return Optional.empty();
		}
		String key = nameOrLetter.strip();
		for (Era era : values()) {
			if (era.kanji.equals(key) || String.valueOf(era.letter).equals(key.toUpperCase(Locale.ROOT))) {
				return Optional.of(era);
			}
		}
		return Optional.empty();
	}
}
