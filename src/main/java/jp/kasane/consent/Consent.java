package jp.kasane.consent;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jp.kasane.shared.AgencyId;
import jp.kasane.shared.PersonId;
import jp.kasane.shared.UserId;

/**
 * One consent of one person (同意は世帯ではなく個人ごと, invariant 4): for which purposes, to which
 * agencies, whether it covers discussion at a 重層的支援会議, how and by whom it was obtained, and
 * its withdrawal, which ends all further sharing at once.
 */
public record Consent(UUID id, PersonId person, Set<ConsentPurpose> purposes, Set<AgencyId> agencies,
		boolean coversConference, ConsentMethod method, UserId obtainedByUser, String obtainedByName,
		AgencyId obtainedByAgency, LocalDate obtainedOn, LocalDate validUntil, String note, LocalDate withdrawnOn,
		String withdrawalReason) {

	public Consent {
		purposes = Set.copyOf(purposes);
		agencies = Set.copyOf(agencies);
	}

	public boolean withdrawn() {
		return withdrawnOn != null;
	}

	/** In force on the day: obtained by then, not expired, not withdrawn. */
	public boolean inForceOn(LocalDate day) {
		return !obtainedOn.isAfter(day) && (validUntil == null || !validUntil.isBefore(day)) && !withdrawn();
	}

	public String purposesLabel() {
		return String.join("・", purposes.stream().sorted().map(ConsentPurpose::label).toList());
	}
}
