package jp.kasane.platform.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a backup holds ({@code manifest.json}): the schema version, every migration applied, every table
 * with its columns and row count, the sequences, and the SHA-256 of every file, so that a restore can
 * refuse a backup that is incomplete or was changed.
 */
record Manifest(int format, String createdAt, String schemaVersion, String serverVersion, List<Migration> migrations,
		List<Table> tables, List<Sequence> sequences, List<FileHash> files, List<String> auditKeyIds) {

	static final int FORMAT = 1;
	static final String FILE = "manifest.json";
	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	record Migration(String version, Integer checksum, String description) {
	}

	record Table(String name, List<String> columns, long rows, String file) {
	}

	record Sequence(String name, long lastValue, boolean called) {
	}

	record FileHash(String path, String sha256, long bytes) {
	}

	void write(Path dir) throws IOException {
		PrivateFiles.write(dir.resolve(FILE), JSON.writeValueAsString(this));
	}

	static Manifest read(Path dir) {
		Path file = dir.resolve(FILE);
		if (!Files.isRegularFile(file)) {
			throw new BackupRefused("Not a Kasane backup: " + file.toAbsolutePath() + " does not exist");
		}
		Manifest manifest;
		try {
			manifest = JSON.readValue(file.toFile(), Manifest.class);
		}
		catch (JacksonException ex) {
			throw new BackupRefused("The manifest " + file.toAbsolutePath() + " cannot be read: " + ex.getOriginalMessage());
		}
		if (manifest.format() != FORMAT) {
			throw new BackupRefused("Backup format " + manifest.format() + " is not " + FORMAT + " (made by another version)");
		}
		return manifest;
	}

	/** Every file the manifest names exists with its recorded size and SHA-256, and every table has its file. */
	void requireIntact(Path dir) {
		for (FileHash expected : files) {
			Path file = dir.resolve(expected.path()).normalize();
			if (!file.startsWith(dir.normalize()) || !Files.isRegularFile(file)) {
				throw new BackupRefused("The backup is incomplete: " + expected.path() + " is missing");
			}
			if (!sha256(file).equals(expected.sha256())) {
				throw new BackupRefused("The backup was changed or damaged: the SHA-256 of " + expected.path()
						+ " does not match the manifest");
			}
		}
		List<String> hashed = files.stream().map(FileHash::path).toList();
		tables.stream().filter(t -> !hashed.contains(t.file())).findFirst().ifPresent(t -> {
			throw new BackupRefused("The backup is incomplete: the manifest has no hash for " + t.file());
		});
	}

	static FileHash hash(Path dir, Path file) throws IOException {
		return new FileHash(dir.relativize(file).toString().replace('\\', '/'), sha256(file), Files.size(file));
	}

	static String sha256(Path file) {
		try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(in.getMessageDigest().digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	private static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
