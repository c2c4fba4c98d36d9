package jp.kasane.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 (鍵付きハッシュ) of an entry: key id, previous MAC, tenant, seq and every field, under the
 * key named by the key id. Without the key nobody can make a MAC that verifies, so a database
 * administrator can neither edit an entry nor recompute the chain unseen.
 */
final class ChainMac {

	private static final String ENTRY = "kasane-audit-entry-v1";
	private static final String CHECKPOINT = "kasane-audit-checkpoint-v1";

	private ChainMac() {
	}

	static String of(AuditKey key, UUID tenant, ChainRow e) {
		return hmac(key, String.join("\u001f", ENTRY, key.id(), e.prevHash(), e.canonicalFields(tenant)));
	}

	/** The MAC of a checkpoint line; its own prefix keeps it from ever equalling an entry's MAC. */
	static String ofCheckpoint(AuditKey key, String canonical) {
		return hmac(key, CHECKPOINT + "\u001f" + key.id() + "\u001f" + canonical);
	}

	/** Compares in constant time, so timing tells nothing about how much of a MAC was right. */
	static boolean same(String expected, String actual) {
		return actual != null && java.security.MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				actual.getBytes(StandardCharsets.US_ASCII));
	}

	private static String hmac(AuditKey key, String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key.secret(), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is required by every Java platform", ex);
		}
	}
}
