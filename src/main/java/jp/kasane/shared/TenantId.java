package jp.kasane.shared;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of a tenant (typed so ids of different aggregates cannot be mixed up). */
public record TenantId(@JsonValue UUID value) {

	@JsonCreator
	public TenantId {
		if (value == null) {
			throw new IllegalArgumentException("TenantId must not be null");
		}
	}

	public static TenantId random() {
		return new TenantId(UUID.randomUUID());
	}

	/** Parses a textual id; a malformed id is reported as not found, never as a server error. */
	public static TenantId of(String text) {
		try {
			return new TenantId(UUID.fromString(text));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new NotFoundException("tenant", String.valueOf(text));
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
