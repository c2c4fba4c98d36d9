package jp.kasane.audit;

import java.time.Instant;
import java.util.UUID;

/** A stored audit entry with its place in the chain: previous and own MAC, and the key id ({@code null}: old SHA-256 entry). */
public record AuditEntry(long seq, Instant at, UUID userId, String username, UUID agencyId, AuditAction action,
		String recordType, String recordId, UUID personId, String basis, String prevHash, String hash, String keyId) {

	static final java.time.format.DateTimeFormatter TEXT = java.time.format.DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneId.of("Asia/Tokyo"));

	/** Time of the entry in Japan time, for pages. */
	public String atText() {
		return TEXT.format(at);
	}
}
