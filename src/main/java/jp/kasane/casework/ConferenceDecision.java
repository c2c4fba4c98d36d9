package jp.kasane.casework;

import java.util.UUID;

/**
 * A decision recorded at a conference, as the case needs to know it to check its guards. Provided
 * by the meeting module through {@link HeldConferences}.
 *
 * @param multiLayered          whether the conference was a 重層的支援会議
 * @param held                  whether it has been held (not only scheduled)
 * @param municipalityAttended  whether the municipality (市町村の担当課) attended
 * @param coordinatorAttended   whether the 多機関協働事業者 attended
 */
public record ConferenceDecision(UUID id, UUID meetingId, UUID caseId, DecisionType type, boolean multiLayered,
		boolean held, boolean municipalityAttended, boolean coordinatorAttended) {
}
