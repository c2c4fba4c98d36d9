package jp.kasane.participation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A person's placement in a menu (マッチング): stage, dates, whether it rests on an early-start
 * 支援決定, its follow-ups and the 謝礼 paid to the host.
 */
public record Placement(UUID id, UUID personId, UUID caseId, UUID menuId, String menuTitle, UUID hostId, String hostName,
		PlacementStatus status, LocalDate startOn, LocalDate activeSince, LocalDate endedOn, String endReason,
		boolean earlyStart, int version, List<FollowUp> followUps, List<Honorarium> honoraria) {

	public Placement {
		followUps = List.copyOf(followUps);
		honoraria = List.copyOf(honoraria);
	}

	public String statusLabel() {
		return status.label();
	}

	public boolean ended() {
		return status == PlacementStatus.ENDED;
	}

	public List<PlacementStatus> nextStatuses() {
		return status.next();
	}

	/** Whether 利用中 is one of the next stages (and with it the 定着支援 schedule). */
	public boolean activeNext() {
		return status.next().contains(PlacementStatus.ACTIVE);
	}

	/** Whether a 謝礼 may be recorded: the host has actually hosted the person (利用中, 定着, or ended after that). */
	public boolean honorariumAllowed() {
		return PlacementRules.honorariumAllowed(status, activeSince);
	}
}
