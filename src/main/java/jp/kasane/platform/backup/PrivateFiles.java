package jp.kasane.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Files of a backup hold 要配慮個人情報 and keys: readable by their owner only (0700 folders, 0600 files). */
final class PrivateFiles {

	private PrivateFiles() {
	}

	static Path folder(Path dir) throws IOException {
		Files.createDirectories(dir);
		restrict(dir, "rwx------");
		return dir;
	}

	static OutputStream create(Path file) throws IOException {
		folder(file.getParent());
		OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		restrict(file, "rw-------");
		return out;
	}

	static void write(Path file, String text) throws IOException {
		try (OutputStream out = create(file)) {
			out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
	}

	/**
	 * Copies a file that another process may be appending to, up to its last complete line, so a line
	 * being written at that moment is left out rather than copied in half. Returns the bytes copied.
	 */
	static long copyCompleteLines(Path from, Path to) throws IOException {
		byte[] bytes;
		try (InputStream in = Files.newInputStream(from)) {
			bytes = in.readAllBytes();
		}
		int end = bytes.length;
		while (end > 0 && bytes[end - 1] != '\n') {
			end--;
		}
		try (OutputStream out = create(to)) {
			out.write(bytes, 0, end);
		}
		return end;
	}

	/** Removes what a failed backup wrote into its (formerly empty) folder. */
	static void deleteContents(Path dir) throws IOException {
		try (var walk = Files.walk(dir)) {
			for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(dir)).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	private static void restrict(Path path, String permissions) throws IOException {
		if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
		}
	}
}
