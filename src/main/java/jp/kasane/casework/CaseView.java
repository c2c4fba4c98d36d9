package jp.kasane.casework;

import java.util.List;
import java.util.UUID;

/** A case as one user may see it: the people they may see, the timeline, contact attempts and 支援決定. */
public record CaseView(UUID id, CaseState state, String stateLabel, int version, UUID household, UUID referrerAgency,
		UUID leadAgency, String followUp, List<UUID> people, int hiddenPeople, int contactAttempts,
		List<TimelineEntry> timeline, List<SupportDecision> supportDecisions) {
}
