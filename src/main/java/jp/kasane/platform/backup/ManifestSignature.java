package jp.kasane.platform.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The manifest's hashes catch a damaged file; this catches a changed one: {@code manifest.sig} holds an
 * HMAC-SHA256 of {@code manifest.json} under a key derived from the newest audit key (監査ログの鍵), which is
 * kept apart from the backup. Whoever edits a table file and its hash in the manifest cannot sign again.
 */
final class ManifestSignature {

	static final String FILE = "manifest.sig";
	private static final byte[] PURPOSE = "kasane backup manifest v1".getBytes(StandardCharsets.UTF_8);

	private ManifestSignature() {
	}

	/** Signs with the last key of the key source (the current one); nothing to sign with, nothing written. */
	static Optional<String> sign(Path dir, String keys) throws IOException {
		String[] lines = keys.strip().split("[\\r\\n]+");
		String last = lines[lines.length - 1].strip();
		if (last.indexOf('=') <= 0) {
			return Optional.empty();
		}
		String keyId = last.substring(0, last.indexOf('=')).strip();
		PrivateFiles.write(dir.resolve(FILE), "keyId=" + keyId + "\nhmac-sha256=" + mac(dir, last) + "\n");
		return Optional.of(keyId);
	}

	/** Refuses a manifest whose signature does not match under the key it names (the key must be available). */
	static void requireValid(Path dir, String keys) throws IOException {
		Path file = dir.resolve(FILE);
		if (!Files.isRegularFile(file)) {
			throw new BackupRefused("The backup's " + FILE + " is missing although it lists audit keys: it may have been changed");
		}
		String keyId = field(Files.readString(file), "keyId");
		String line = keys.lines().map(String::strip).filter(l -> l.startsWith(keyId + "=")).findFirst()
			.orElseThrow(() -> new BackupRefused("The audit key " + keyId + " that signed the backup is not available"));
		if (!MessageDigest.isEqual(mac(dir, line).getBytes(StandardCharsets.US_ASCII),
				field(Files.readString(file), "hmac-sha256").getBytes(StandardCharsets.US_ASCII))) {
			throw new BackupRefused("The backup's manifest does not match its signature: the backup was changed");
		}
	}

	private static String mac(Path dir, String keyLine) throws IOException {
		byte[] secret = keyLine.substring(keyLine.indexOf('=') + 1).strip().getBytes(StandardCharsets.UTF_8);
		try {
			byte[] derived = hmac(secret, PURPOSE);
			return HexFormat.of().formatHex(hmac(derived, Files.readAllBytes(dir.resolve(Manifest.FILE))));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key, "HmacSHA256"));
		return mac.doFinal(data);
	}

	private static String field(String text, String name) {
		return text.lines().filter(l -> l.startsWith(name + "=")).map(l -> l.substring(name.length() + 1).strip())
			.findFirst().orElseThrow(() -> new BackupRefused("The backup's " + FILE + " has no " + name));
	}
}
