package jp.kasane.meeting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jp.kasane.casework.DecisionType;

/** A meeting as its members see it: participants, agenda, minutes and decisions. */
public record MeetingView(UUID id, MeetingKind kind, String kindLabel, String title, OffsetDateTime scheduledAt,
		boolean regular, boolean online, String status, LocalDate heldOn, String reusedBody, String timeSplit,
		List<UUID> invitedAgencies, List<UUID> attendedAgencies, List<Item> agenda, String minutes, String attendees,
		List<Decided> decisions, int version) {

	public record Item(UUID id, UUID person, UUID caseId, AgendaRole role, String note) {
	}

	public record Decided(UUID id, UUID agendaItem, UUID caseId, DecisionType type, String text) {
	}
}
