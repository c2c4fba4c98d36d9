package jp.kasane.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * A tenant's chain head as recorded outside the database (チェックポイント): last seq, its MAC and the
 * key id of that entry ({@code null} for an old unkeyed entry), when, and the key that signs the line.
 */
public record Checkpoint(UUID tenant, long seq, String mac, String entryKeyId, Instant at, String keyId) {

	/** The signed fields of the line, in a fixed order. */
	String canonical() {
		return String.join("\u001f", tenant.toString(), Long.toString(seq), mac, String.valueOf(entryKeyId), at.toString());
	}
}
