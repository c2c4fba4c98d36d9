package jp.kasane.shared;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of a person (typed so ids of different aggregates cannot be mixed up). */
public record PersonId(@JsonValue UUID value) {

	@JsonCreator
	public PersonId {
		if (value == null) {
			throw new IllegalArgumentException("PersonId must not be null");
		}
	}

	public static PersonId random() {
		return new PersonId(UUID.randomUUID());
	}

	/** Parses a textual id; a malformed id is reported as not found, never as a server error. */
	public static PersonId of(String text) {
		try {
			return new PersonId(UUID.fromString(text));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new NotFoundException("person", String.valueOf(text));
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
