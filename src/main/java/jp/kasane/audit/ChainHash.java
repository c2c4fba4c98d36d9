package jp.kasane.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/** SHA-256 over the previous hash and every field of the entry, so any change breaks the chain. */
final class ChainHash {

	static final String GENESIS = "0".repeat(64);

	private ChainHash() {
	}

	static String of(UUID tenant, AuditEntry e) {
		String canonical = String.join("\u001f", e.prevHash(), tenant.toString(), Long.toString(e.seq()),
				e.at().toString(), String.valueOf(e.userId()), e.username(), String.valueOf(e.agencyId()),
				e.action().name(), e.recordType(), e.recordId(), String.valueOf(e.personId()), e.basis());
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}
}
