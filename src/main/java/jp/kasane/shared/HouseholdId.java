package jp.kasane.shared;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of a household (typed so ids of different aggregates cannot be mixed up). */
public record HouseholdId(@JsonValue UUID value) {

	@JsonCreator
	public HouseholdId {
		if (value == null) {
			throw new IllegalArgumentException("HouseholdId must not be null");
		}
	}

	public static HouseholdId random() {
		return new HouseholdId(UUID.randomUUID());
	}

	/** Parses a textual id; a malformed id is reported as not found, never as a server error. */
	public static HouseholdId of(String text) {
		try {
			return new HouseholdId(UUID.fromString(text));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new NotFoundException("household", String.valueOf(text));
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
