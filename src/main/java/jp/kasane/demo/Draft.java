package jp.kasane.demo;

import java.time.LocalDate;
import java.time.Period;

import jp.kasane.demo.JapaneseNames.Name;
import jp.kasane.person.Relationship;

/** A household member while the household is being composed, before keys, addresses and phones. */
record Draft(Name family, Name given, boolean male, LocalDate birthDate, Relationship relationship,
		LocalDate joinedOn, LocalDate leftOn) {

	boolean current() {
		return leftOn == null;
	}

	int age(LocalDate today) {
		return Period.between(birthDate, today).getYears();
	}
}
