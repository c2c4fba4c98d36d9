package jp.kasane.participation;

import java.time.LocalDate;
import java.util.UUID;

/** A planned follow-up (定着支援 or つながり続ける) and, once held, what came of it. */
@io.swagger.v3.oas.annotations.media.Schema(name = "PlacementFollowUpDue")
public record FollowUp(UUID id, UUID placementId, FollowUpKind kind, LocalDate dueOn, String state, LocalDate doneOn,
		WithWhom withWhom, String notes) {

	public boolean planned() {
		return "PLANNED".equals(state);
	}

	public boolean done() {
		return "DONE".equals(state);
	}

	public String kindLabel() {
		return kind.label();
	}

	public String stateLabel() {
		return switch (state) {
			case "DONE" -> "実施済み";
			case "CANCELLED" -> "取りやめ";
			default -> "予定";
		};
	}
}
