package jp.kasane.outreach;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An outreach record as its reader sees it: the person, how they became known, the gathered
 * information, every attempt, the stage history, the time since the last contact and the plan.
 */
public record OutreachView(UUID id, UUID person, String personName, String personKana, UUID holderAgency, Source source,
		String sourceLabel, String sourceDetail, LocalDate knownOn, Stage stage, String stageLabel, LocalDate nextContactOn,
		boolean due, boolean overdue, LocalDate lastContactOn, LocalDate lastAttemptOn, String sinceLastContact,
		Long daysSinceLastContact, UUID caseId, UUID supportDecision, LocalDate closedOn, CloseReason closeReason,
		String closeNote, boolean mayWrite, List<AttemptEntry> attempts, List<NoteEntry> notes, List<StageEntry> stages,
		int version) {

	public boolean closed() {
		return closedOn != null;
	}

	public record AttemptEntry(UUID id, LocalDate attemptedOn, ContactMethod method, String methodLabel, boolean contactMade,
			String result) {
	}

	public record NoteEntry(UUID id, LocalDate notedOn, String text) {
	}

	public record StageEntry(LocalDate changedOn, Stage from, Stage to, String toLabel, boolean backwards, String reason,
			UUID consent) {
	}

	/** One line of the outreach list. */
	public record Summary(UUID id, UUID person, String personName, Stage stage, String stageLabel, Source source,
			String sourceLabel, LocalDate knownOn, LocalDate lastContactOn, LocalDate lastAttemptOn, String sinceLastContact,
			Long daysSinceLastContact, LocalDate nextContactOn, boolean due, boolean overdue, boolean closed, UUID caseId,
			int version) {
	}

	/** A planned contact that is due or overdue, for the start page (ids and dates only, no names). */
	public record Due(UUID id, LocalDate nextContactOn, boolean overdue, String stageLabel, String sinceLastContact) {
	}
}
