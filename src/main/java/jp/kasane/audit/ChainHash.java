package jp.kasane.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The unkeyed SHA-256 chain of entries written before V23 (旧形式, {@code key_id} NULL). Anyone can
 * recompute it, so such entries count only where a keyed entry or a checkpoint vouches for them.
 */
final class ChainHash {

	static final String GENESIS = "0".repeat(64);

	private ChainHash() {
	}

	static String of(UUID tenant, ChainRow e) {
		return sha256(e.prevHash() + "\u001f" + e.canonicalFields(tenant));
	}

	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}
}
