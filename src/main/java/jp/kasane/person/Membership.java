package jp.kasane.person;

import java.time.LocalDate;
import java.util.UUID;

import jp.kasane.shared.HouseholdId;
import jp.kasane.shared.PersonId;
import jp.kasane.shared.WarekiDate;

/** A person's membership of a household with its 続柄, from the day they joined to the day they left. */
public record Membership(UUID id, HouseholdId household, PersonId person, Relationship relationship, LocalDate joinedOn,
		LocalDate leftOn, String leftReason) {

	public boolean current() {
		return leftOn == null;
	}

	public String periodText() {
		return WarekiDate.formatSeireki(joinedOn) + " 〜 " + (leftOn == null ? "現在" : WarekiDate.formatSeireki(leftOn));
	}
}
