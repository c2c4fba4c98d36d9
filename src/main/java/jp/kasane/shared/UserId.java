package jp.kasane.shared;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of a user (typed so ids of different aggregates cannot be mixed up). */
public record UserId(@JsonValue UUID value) {

	@JsonCreator
	public UserId {
		if (value == null) {
			throw new IllegalArgumentException("UserId must not be null");
		}
	}

	public static UserId random() {
		return new UserId(UUID.randomUUID());
	}

	/** Parses a textual id; a malformed id is reported as not found, never as a server error. */
	public static UserId of(String text) {
		try {
			return new UserId(UUID.fromString(text));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new NotFoundException("user", String.valueOf(text));
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
