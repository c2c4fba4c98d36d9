package jp.kasane.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A consultation (相談) at any agency about any resident, whatever their age or field: the record
 * 包括的相談支援 starts from. Notes flagged sensitive are shown only to the recording agency.
 */
public record Consultation(UUID id, UUID agency, LocalDate receivedOn, Channel channel, Consulter consulter, UUID person,
		UUID household, List<String> tags, String notes, boolean sensitive, Outcome outcome) {
}
