package jp.kasane.demo;

import java.time.LocalDate;
import java.util.Objects;

import jp.kasane.person.Relationship;

/**
 * One membership of a person in a household (世帯員), kept as history.
 *
 * @param personKey    {@link DemoPerson#key()}
 * @param relationship 続柄 to the current household head (世帯主)
 * @param joinedOn     date the person joined (転入・出生・婚姻など)
 * @param leftOn       date the person left (転出など); {@code null} while still a member
 */
public record DemoMember(String personKey, Relationship relationship, LocalDate joinedOn, LocalDate leftOn) {

	public DemoMember {
		Objects.requireNonNull(personKey, "personKey");
		Objects.requireNonNull(relationship, "relationship");
		Objects.requireNonNull(joinedOn, "joinedOn");
		if (leftOn != null && leftOn.isBefore(joinedOn)) {
			throw new IllegalArgumentException(personKey + ": leftOn before joinedOn");
		}
	}

	/** Whether the person still belongs to the household. */
	public boolean current() {
		return leftOn == null;
	}
}
