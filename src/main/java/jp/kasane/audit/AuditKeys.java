package jp.kasane.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The audit MAC keys (監査ログの署名鍵), kept outside the database so that whoever can write the
 * database still cannot make a valid entry. Source: the environment variable {@code KASANE_AUDIT_KEYS}
 * if set, else the key file {@code kasane.audit.key-file} (created with one random key on first start,
 * mode 0600). Both hold lines {@code keyId=base64key}; the last line is the current key, older lines
 * verify older entries (rotation = append a line and restart).
 */
@Component
class AuditKeys {

	private static final Logger log = LoggerFactory.getLogger(AuditKeys.class);

	static final String FIRST_KEY_ID = "k1";

	private final Map<String, AuditKey> byId;
	private final AuditKey current;

	@Autowired
	AuditKeys(@Value("${KASANE_AUDIT_KEYS:}") String fromEnvironment,
			@Value("${kasane.audit.key-file:./data/secrets/audit-hmac.keys}") Path keyFile) {
		this(fromEnvironment.isBlank() ? loadOrCreate(keyFile) : parse(fromEnvironment, "KASANE_AUDIT_KEYS"));
		log.info("Audit MAC keys from {}: ids {}, current {}",
				fromEnvironment.isBlank() ? keyFile.toAbsolutePath() : "KASANE_AUDIT_KEYS", byId.keySet(), current.id());
	}

	AuditKeys(List<AuditKey> keys) {
		if (keys.isEmpty()) {
			throw new IllegalStateException("no audit key configured");
		}
		Map<String, AuditKey> map = new LinkedHashMap<>();
		for (AuditKey key : keys) {
			if (map.put(key.id(), key) != null) {
				throw new IllegalStateException("audit key id " + key.id() + " appears twice");
			}
		}
		this.byId = Collections.unmodifiableMap(map);
		this.current = keys.get(keys.size() - 1);
	}

	/** The key new entries and checkpoints are made with. */
	AuditKey current() {
		return current;
	}

	Optional<AuditKey> byId(String id) {
		return Optional.ofNullable(id == null ? null : byId.get(id));
	}

	Set<String> ids() {
		return byId.keySet();
	}

	/** Lines {@code id=base64}, separated by newlines (or, in an environment variable, commas or semicolons). */
	static List<AuditKey> parse(String text, String source) {
		List<AuditKey> keys = new ArrayList<>();
		int n = 0;
		for (String line : text.split("[\\r\\n,;]+")) {
			n++;
			String entry = line.strip();
			if (entry.isEmpty() || entry.startsWith("#")) {
				continue;
			}
			int eq = entry.indexOf('=');
			if (eq <= 0) {
				throw new IllegalStateException("audit key " + n + " in " + source + " is not keyId=base64key");
			}
			byte[] secret;
			try {
				secret = Base64.getDecoder().decode(entry.substring(eq + 1).strip());
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException("audit key " + n + " in " + source + " is not valid base64");
			}
			try {
				keys.add(new AuditKey(entry.substring(0, eq).strip(), secret));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException(ex.getMessage() + " (" + source + ")");
			}
		}
		return keys;
	}

	private static List<AuditKey> loadOrCreate(Path file) {
		try {
			if (Files.notExists(file)) {
				create(file);
			}
			warnIfReadableByOthers(file);
			return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the audit key file " + file.toAbsolutePath(), ex);
		}
	}

	/**
	 * A new file with one random 256-bit key, readable by its owner only. Written aside and linked into
	 * place, so a node starting at the same moment sees either no file or the whole file, never half.
	 */
	private static void create(Path file) throws IOException {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		Path dir = file.toAbsolutePath().getParent();
		boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
		Path temp;
		if (posix) {
			Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
			temp = Files.createTempFile(dir, ".audit-hmac", ".tmp",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		else {
			Files.createDirectories(dir);
			temp = Files.createTempFile(dir, ".audit-hmac", ".tmp");
		}
		try {
			Files.writeString(temp, FIRST_KEY_ID + "=" + Base64.getEncoder().encodeToString(secret) + "\n",
					StandardCharsets.UTF_8);
			Files.createLink(file, temp);
			log.info("generated audit key {} in {}", FIRST_KEY_ID, file.toAbsolutePath());
		}
		catch (FileAlreadyExistsException ex) {
			log.info("audit key file {} was created meanwhile; using it", file.toAbsolutePath());
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	private static void warnIfReadableByOthers(Path file) throws IOException {
		if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return;
		}
		Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
		if (perms.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
			log.warn("The audit key file {} is readable by others ({}); make it 0600",
					file.toAbsolutePath(), PosixFilePermissions.toString(perms));
		}
	}
}
