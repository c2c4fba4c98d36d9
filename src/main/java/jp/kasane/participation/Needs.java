package jp.kasane.participation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A person's needs and wishes for participation as the worker recorded them. */
public record Needs(UUID personId, Set<Interest> interests, String area, List<String> reachableAreas, Set<DayOfWeek> days,
		boolean shortHours, boolean transport, String notes, LocalDate updatedOn) {

	public Needs {
		interests = Set.copyOf(interests);
		reachableAreas = List.copyOf(reachableAreas);
		days = Set.copyOf(days);
	}

	public String daysText() {
		return Weekdays.text(days);
	}

	public String interestsText() {
		return Interest.labels(interests);
	}
}
