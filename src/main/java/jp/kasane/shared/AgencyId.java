package jp.kasane.shared;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of a agency (typed so ids of different aggregates cannot be mixed up). */
public record AgencyId(@JsonValue UUID value) {

	@JsonCreator
	public AgencyId {
		if (value == null) {
			throw new IllegalArgumentException("AgencyId must not be null");
		}
	}

	public static AgencyId random() {
		return new AgencyId(UUID.randomUUID());
	}

	/** Parses a textual id; a malformed id is reported as not found, never as a server error. */
	public static AgencyId of(String text) {
		try {
			return new AgencyId(UUID.fromString(text));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new NotFoundException("agency", String.valueOf(text));
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
