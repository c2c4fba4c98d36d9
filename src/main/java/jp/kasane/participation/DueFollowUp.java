package jp.kasane.participation;

import java.time.LocalDate;
import java.util.UUID;

/** A follow-up that is due (or overdue), for the participation page and the start page. */
public record DueFollowUp(UUID followUpId, UUID placementId, UUID personId, String menuTitle, String hostName,
		FollowUpKind kind, LocalDate dueOn) {

	public String kindLabel() {
		return kind.label();
	}
}
