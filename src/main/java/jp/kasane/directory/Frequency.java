package jp.kasane.directory;

/** How a schedule recurs; the names are those of HSDS {@code schedule.freq} (iCalendar RRULE). */
public enum Frequency {
	WEEKLY("毎週"),
	MONTHLY("毎月");

	private final String label;

	Frequency(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
