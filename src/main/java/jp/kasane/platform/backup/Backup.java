package jp.kasane.platform.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A logical backup (論理バックアップ) of a running Kasane through JDBC, because the embedded PostgreSQL
 * comes without pg_dump: every table of schema public as gzipped CSV from one REPEATABLE READ snapshot,
 * the sequences, the audit checkpoints, and apart from them the audit key file.
 */
final class Backup {

	static final String TABLES = "tables";
	static final String CHECKPOINTS = "audit/checkpoints.jsonl";
	static final String KEYS = "keys";

	/** What was written, for the command's summary. */
	record Result(Path dir, Manifest manifest, long bytes, Duration took, List<String> notes) {

		long rows() {
			return manifest.tables().stream().mapToLong(Manifest.Table::rows).sum();
		}
	}

	private Backup() {
	}

	static Result take(BackupSettings settings, Path to, Clock clock) throws IOException, SQLException {
		long started = System.nanoTime();
		requireEmptyFolder(to);
		PrivateFiles.folder(to);
		try {
			return write(settings, to, clock, started);
		}
		catch (IOException | SQLException | RuntimeException ex) {
			PrivateFiles.deleteContents(to);
			throw ex;
		}
	}

	private static Result write(BackupSettings settings, Path to, Clock clock, long started) throws IOException, SQLException {
		List<String> notes = new ArrayList<>();
		List<Manifest.FileHash> files = new ArrayList<>();
		// The checkpoints are copied before the snapshot is taken, so every head they name is in the snapshot:
		// a checkpoint newer than the restored data would look like a deleted tail of the audit chain.
		if (Files.isRegularFile(settings.checkpointFile())) {
			PrivateFiles.copyCompleteLines(settings.checkpointFile(), to.resolve(CHECKPOINTS));
			files.add(Manifest.hash(to, to.resolve(CHECKPOINTS)));
		}
		else {
			notes.add("No audit checkpoint file at " + settings.checkpointFile() + ": skipped");
		}
		Snapshot snapshot = snapshot(settings.login(), to);
		for (Manifest.Table table : snapshot.tables()) {
			files.add(Manifest.hash(to, to.resolve(table.file())));
		}
		copyKeyFile(settings.keyFile(), to.resolve(KEYS), notes);
		String keys = BackupSettings.auditKeys(settings.keysFromEnvironment(), settings.keyFile());
		Manifest manifest = new Manifest(Manifest.FORMAT, clock.instant().toString(), snapshot.schemaVersion(),
				snapshot.serverVersion(), snapshot.migrations(), snapshot.tables(), snapshot.sequences(), files,
				AuditKeyIds.in(keys));
		manifest.write(to);
		if (ManifestSignature.sign(to, keys).isEmpty()) {
			notes.add("No audit key: the manifest is not signed (its hashes still catch damage, not a deliberate change)");
		}
		long bytes;
		try (var walk = Files.walk(to)) {
			bytes = walk.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
		}
		return new Result(to, manifest, bytes, Duration.ofNanos(System.nanoTime() - started), notes);
	}

	private record Snapshot(String schemaVersion, String serverVersion, List<Manifest.Migration> migrations,
			List<Manifest.Table> tables, List<Manifest.Sequence> sequences) {
	}

	private static Snapshot snapshot(OwnerLogin login, Path to) throws SQLException, IOException {
		try (Connection c = new org.postgresql.Driver().connect(login.url(), login.jdbcProperties())) {
			if (c == null) {
				throw new BackupRefused("Not a PostgreSQL URL: " + login.url());
			}
			c.setAutoCommit(false);
			try (Statement s = c.createStatement()) {
				s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
			}
			SchemaCatalog.requireBypassesRowSecurity(c);
			List<Manifest.Migration> migrations = migrations(c);
			String version = migrations.stream().map(Manifest.Migration::version).filter(v -> v != null)
				.reduce((first, second) -> second)
				.orElseThrow(() -> new BackupRefused("The database has no migrations: not a Kasane database"));
			CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
			List<Manifest.Table> tables = new ArrayList<>();
			for (Map.Entry<String, List<String>> table : SchemaCatalog.tablesInLoadOrder(c).entrySet()) {
				String file = TABLES + "/" + table.getKey() + ".csv.gz";
				long rows;
				try (OutputStream out = new GZIPOutputStream(PrivateFiles.create(to.resolve(file)), 1 << 16)) {
					rows = copy.copyOut("COPY public." + SchemaCatalog.quote(table.getKey()) + " ("
							+ SchemaCatalog.columnList(table.getValue()) + ") TO STDOUT (FORMAT csv, HEADER)", out);
				}
				tables.add(new Manifest.Table(table.getKey(), table.getValue(), rows, file));
			}
			List<Manifest.Sequence> sequences = SchemaCatalog.sequences(c);
			String server = c.getMetaData().getDatabaseProductVersion();
			c.commit();
			return new Snapshot(version, server, migrations, tables, sequences);
		}
	}

	private static List<Manifest.Migration> migrations(Connection c) throws SQLException {
		List<Manifest.Migration> migrations = new ArrayList<>();
		try (PreparedStatement s = c.prepareStatement("SELECT to_regclass('public." + SchemaCatalog.FLYWAY_HISTORY + "') IS NOT NULL");
				ResultSet rs = s.executeQuery()) {
			rs.next();
			if (!rs.getBoolean(1)) {
				throw new BackupRefused("The database has no " + SchemaCatalog.FLYWAY_HISTORY + ": not a Kasane database");
			}
		}
		try (PreparedStatement s = c.prepareStatement("SELECT version, checksum, description FROM public."
				+ SchemaCatalog.FLYWAY_HISTORY + " WHERE success ORDER BY installed_rank");
				ResultSet rs = s.executeQuery()) {
			while (rs.next()) {
				migrations.add(new Manifest.Migration(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3)));
			}
		}
		return migrations;
	}

	/**
	 * The audit key file goes to {@code keys/}, to be stored apart from the rest: whoever holds both could
	 * change the restored data and its audit chain unseen. The manifest keeps only the key ids.
	 */
	private static void copyKeyFile(Path keyFile, Path keysDir, List<String> notes) throws IOException {
		if (!Files.isRegularFile(keyFile)) {
			notes.add("No audit key file at " + keyFile + ": skipped (keys from KASANE_AUDIT_KEYS must be kept by the operator)");
			return;
		}
		PrivateFiles.copyCompleteLines(keyFile, keysDir.resolve(keyFile.getFileName()));
		PrivateFiles.write(keysDir.resolve("README.txt"), """
				This folder holds the audit log's secret key (%s).
				Store it APART from the rest of this backup (another medium, another place, other custodians),
				and never copy it back next to the data. To restore, put the key file at kasane.audit.key-file
				(default ./data/secrets/audit-hmac.keys, permissions 0600) before starting the restore.
				""".formatted(keyFile.getFileName()));
		notes.add("Audit key file copied to " + keysDir + ": store that folder apart from the backup");
	}

	private static void requireEmptyFolder(Path to) throws IOException {
		if (Files.isDirectory(to)) {
			try (var entries = Files.list(to)) {
				if (entries.findAny().isPresent()) {
					throw new BackupRefused("The backup folder " + to.toAbsolutePath() + " is not empty: name a new folder");
				}
			}
		}
		else if (Files.exists(to)) {
			throw new BackupRefused(to.toAbsolutePath() + " is not a folder");
		}
	}
}
