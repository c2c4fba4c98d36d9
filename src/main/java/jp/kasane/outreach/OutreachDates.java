package jp.kasane.outreach;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jp.kasane.shared.InvalidField;

/**
 * The date rules of outreach work, and how the time since the last contact is shown
 * (「最終接触から◯日」, in months once it is two months or more).
 */
final class OutreachDates {

	/** From this many days on, the elapsed time is shown in months. */
	static final int MONTHS_FROM_DAYS = 60;

	private OutreachDates() {
	}

	/** 把握した日: not in the future. */
	static Optional<InvalidField> knownOn(LocalDate knownOn, LocalDate today) {
		return knownOn.isAfter(today) ? Optional.of(new InvalidField("knownOn", "把握した日に未来の日付は入力できません"))
				: Optional.empty();
	}

	/** An attempt happened between the day the person became known and today. */
	static Optional<InvalidField> attempt(LocalDate attemptedOn, LocalDate knownOn, LocalDate today) {
		if (attemptedOn.isAfter(today)) {
			return Optional.of(new InvalidField("attemptedOn", "働きかけの日に未来の日付は入力できません"));
		}
		if (attemptedOn.isBefore(knownOn)) {
			return Optional.of(new InvalidField("attemptedOn", "働きかけの日は、把握した日（" + knownOn + "）以降にしてください"));
		}
		return Optional.empty();
	}

	/** A note of gathered information is dated, not in the future. */
	static Optional<InvalidField> note(LocalDate notedOn, LocalDate today) {
		return notedOn.isAfter(today) ? Optional.of(new InvalidField("notedOn", "記録の日に未来の日付は入力できません"))
				: Optional.empty();
	}

	/** A stage changes on a day between the previous change and today, so that the history stays in order. */
	static Optional<InvalidField> stageChange(LocalDate changedOn, LocalDate previousChange, LocalDate today) {
		if (changedOn.isAfter(today)) {
			return Optional.of(new InvalidField("changedOn", "段階を変えた日に未来の日付は入力できません"));
		}
		if (previousChange != null && changedOn.isBefore(previousChange)) {
			return Optional.of(new InvalidField("changedOn", "段階を変えた日は、前回の変更（" + previousChange + "）以降にしてください"));
		}
		return Optional.empty();
	}

	/** A planned contact lies ahead (today at the earliest). */
	static Optional<InvalidField> nextContact(LocalDate nextContactOn, LocalDate today) {
		return nextContactOn != null && nextContactOn.isBefore(today)
				? Optional.of(new InvalidField("nextContactOn", "次回の働きかけの予定日は今日以降にしてください")) : Optional.empty();
	}

	/** 「12日」 or, from two months on, 「3か月（95日）」. */
	static String elapsed(LocalDate from, LocalDate today) {
		long days = ChronoUnit.DAYS.between(from, today);
		if (days < MONTHS_FROM_DAYS) {
			return days + "日";
		}
		return ChronoUnit.MONTHS.between(from, today) + "か月（" + days + "日）";
	}

	/** What the list and the detail page show: since the last contact, or since the person became known. */
	static String sinceLastContact(LocalDate lastContactOn, LocalDate knownOn, LocalDate today) {
		return lastContactOn != null ? "最終接触から" + elapsed(lastContactOn, today)
				: "まだ接触なし（把握から" + elapsed(knownOn, today) + "）";
	}
}
