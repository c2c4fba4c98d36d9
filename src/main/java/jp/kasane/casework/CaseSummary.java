package jp.kasane.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One line of the case list (事例一覧) as one user may see it: only the people they have a basis to see
 * ({@code people}), the others counted in {@code hiddenPeople}; no names, no case text.
 *
 * @param lastContactOn the last recorded attempt to contact the person (本人への連絡の試み), or null
 */
public record CaseSummary(UUID id, CaseState state, String stateLabel, LocalDate openedOn, UUID referrerAgency,
		UUID leadAgency, List<UUID> people, int hiddenPeople, LocalDate lastContactOn) {

	/** The short case number shown on pages: the first eight characters of the id, upper case. */
	public String number() {
		return id.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
	}
}
