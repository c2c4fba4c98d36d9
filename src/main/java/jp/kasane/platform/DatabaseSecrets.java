package jp.kasane.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The passwords of the embedded database's three roles, one file each ({@code postgres.secret},
 * {@code kasane_owner.secret}, {@code kasane_app.secret}, a single line) in a folder only the
 * owner of the process may open (0700, files 0600). The backup helper reads them from there too.
 */
public final class DatabaseSecrets {

	static final String SUPERUSER = "postgres";
	public static final String OWNER = "kasane_owner";
	static final String APP = "kasane_app";
	static final List<String> ROLES = List.of(SUPERUSER, OWNER, APP);

	private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	private static final SecureRandom RANDOM = new SecureRandom();

	private final Path dir;

	private DatabaseSecrets(Path dir) {
		this.dir = dir;
	}

	public static DatabaseSecrets in(Path dir) {
		return new DatabaseSecrets(dir);
	}

	Path file(String role) {
		return dir.resolve(role + ".secret");
	}

	boolean complete() {
		return ROLES.stream().allMatch(role -> Files.isRegularFile(file(role)));
	}

	/** A role's secret, if the folder has one (a data folder made before the role split has none). */
	public Optional<String> find(String role) {
		return Files.isRegularFile(file(role)) ? Optional.of(secret(role)) : Optional.empty();
	}

	String secret(String role) {
		try {
			return Files.readString(file(role), StandardCharsets.UTF_8).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the database secret " + file(role), ex);
		}
	}

	/** Writes a new random secret for every role (32 bytes from {@link SecureRandom}, URL-safe Base64). */
	DatabaseSecrets generate() {
		try {
			createPrivateFolder();
			for (String role : ROLES) {
				byte[] bytes = new byte[32];
				RANDOM.nextBytes(bytes);
				writePrivately(file(role), Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
			}
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the database secrets in " + dir, ex);
		}
	}

	private void createPrivateFolder() throws IOException {
		if (!POSIX) {
			Files.createDirectories(dir);
			return;
		}
		Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
	}

	/** Created 0600 from the start and moved into place, so that the secret is never readable by others. */
	private static void writePrivately(Path target, String secret) throws IOException {
		Path temporary = target.resolveSibling(target.getFileName() + ".new");
		Files.deleteIfExists(temporary);
		if (POSIX) {
			Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		Files.writeString(temporary, secret, StandardCharsets.UTF_8);
		Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}
}
