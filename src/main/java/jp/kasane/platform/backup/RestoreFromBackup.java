package jp.kasane.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

/**
 * Restores a backup (リストア) while Kasane starts on an empty database: checks everything first and
 * refuses without changing anything, then migrates the schema to the backup's version, loads every table
 * in one transaction, and migrates the rest as a normal start would.
 */
class RestoreFromBackup implements FlywayMigrationStrategy {

	private static final Logger log = LoggerFactory.getLogger(RestoreFromBackup.class);

	/** Where the restore reads and what it must leave in place for the audit module. */
	record Target(Path from, Path checkpointFile, Path keyFile, String keysFromEnvironment, boolean withoutAuditKeys) {
	}

	private final Target target;

	RestoreFromBackup(Target target) {
		this.target = target;
	}

	@Override
	public void migrate(Flyway flyway) {
		try {
			restore(flyway);
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Restore from " + target.from().toAbsolutePath() + " failed: " + ex.getMessage(), ex);
		}
	}

	private void restore(Flyway flyway) throws SQLException, IOException {
		long started = System.nanoTime();
		Path from = target.from();
		Manifest manifest = Manifest.read(from);
		manifest.requireIntact(from);
		requireAuditKeysAndSignature(manifest);
		DataSource owner = flyway.getConfiguration().getDataSource();
		try (Connection c = owner.getConnection()) {
			SchemaCatalog.requireBypassesRowSecurity(c);
			long relations = SchemaCatalog.relationsInPublic(c);
			if (relations > 0) {
				throw new BackupRefused("The database already holds " + relations
						+ " tables or sequences: a backup is restored only into an empty data folder (or an empty database)");
			}
		}
		requireSameMigrations(flyway, manifest);
		requireCheckpointFileFree(manifest);

		log.info("Restoring the backup of {} (schema version {}) from {}", manifest.createdAt(), manifest.schemaVersion(),
				from.toAbsolutePath());
		Flyway.configure(flyway.getConfiguration().getClassLoader())
			.configuration(flyway.getConfiguration())
			.target(manifest.schemaVersion())
			.load()
			.migrate();
		long rows = load(owner, manifest);
		placeCheckpoints(manifest);
		flyway.migrate();
		log.info("Restored {} tables ({} rows; flyway_schema_history is rebuilt by the migrations) from {} in {} ms", manifest.tables().size(), rows, from.toAbsolutePath(),
				(System.nanoTime() - started) / 1_000_000);
	}

	/** The application must have every migration of the backup, unchanged, or the loaded rows would not fit. */
	private static void requireSameMigrations(Flyway flyway, Manifest manifest) {
		Map<String, Integer> available = new HashMap<>();
		for (MigrationInfo info : flyway.info().all()) {
			if (info.getVersion() != null) {
				available.put(info.getVersion().getVersion(), info.getChecksum());
			}
		}
		for (Manifest.Migration migration : manifest.migrations()) {
			if (migration.version() == null) {
				continue;
			}
			if (!available.containsKey(migration.version())) {
				throw new BackupRefused("The backup was made by a newer Kasane (migration " + migration.version()
						+ " is unknown to this one): restore it with that version or later");
			}
			if (!Objects.equals(available.get(migration.version()), migration.checksum())) {
				throw new BackupRefused("Migration " + migration.version() + " of this Kasane differs from the one the backup's database ran");
			}
		}
	}

	private void requireCheckpointFileFree(Manifest manifest) throws IOException {
		if (hasFile(manifest, Backup.CHECKPOINTS) && Files.exists(target.checkpointFile())
				&& Files.size(target.checkpointFile()) > 0) {
			throw new BackupRefused("The audit checkpoint file " + target.checkpointFile().toAbsolutePath()
					+ " already has checkpoints of another database: set kasane.audit.checkpoint-file to a new path");
		}
	}

	/**
	 * Without the keys the restored chain cannot be verified, and would look forged; with them, the manifest's
	 * signature shows that nobody changed the backup (and its hashes) since it was made.
	 */
	private void requireAuditKeysAndSignature(Manifest manifest) throws IOException {
		if (manifest.auditKeyIds().isEmpty()) {
			return;
		}
		if (target.withoutAuditKeys()) {
			log.warn("Restoring without checking the audit keys and the manifest's signature (kasane.restore.without-audit-keys)");
			return;
		}
		boolean fromEnvironment = target.keysFromEnvironment() != null && !target.keysFromEnvironment().isBlank();
		String keys = BackupSettings.auditKeys(target.keysFromEnvironment(), target.keyFile());
		List<String> missing = new ArrayList<>(manifest.auditKeyIds());
		missing.removeAll(AuditKeyIds.in(keys));
		if (!missing.isEmpty()) {
			throw new BackupRefused("The audit keys " + missing + " of the backup are not in "
					+ (fromEnvironment ? "KASANE_AUDIT_KEYS" : target.keyFile().toAbsolutePath())
					+ ": put the backed-up key file (the backup's keys/ folder, kept apart) there first, so that the restored"
					+ " audit log can be verified; or start with --kasane.restore.without-audit-keys=true to restore anyway");
		}
		ManifestSignature.requireValid(target.from(), keys);
	}

	/** Loads every table in foreign-key order in one transaction, then sets the sequences and checks row counts. */
	private long load(DataSource owner, Manifest manifest) throws SQLException, IOException {
		Map<String, Manifest.Table> tables = new LinkedHashMap<>();
		manifest.tables().stream().filter(t -> !t.name().equals(SchemaCatalog.FLYWAY_HISTORY)).forEach(t -> tables.put(t.name(), t));
		try (Connection c = owner.getConnection()) {
			c.setAutoCommit(false);
			List<String> order = new ArrayList<>(SchemaCatalog.tablesInLoadOrder(c).keySet());
			order.remove(SchemaCatalog.FLYWAY_HISTORY);
			if (!tables.keySet().equals(new java.util.HashSet<>(order))) {
				throw new IllegalStateException("The migrated schema's tables differ from the backup's: " + order);
			}
			// Migrations may have seeded rows (e.g. 課題 tags); the backup's rows replace them.
			execute(c, "TRUNCATE " + String.join(", ", order.stream().map(t -> "public." + SchemaCatalog.quote(t)).toList()));
			CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
			long rows = 0;
			for (String name : order) {
				Manifest.Table table = tables.get(name);
				try (InputStream in = new GZIPInputStream(Files.newInputStream(target.from().resolve(table.file())), 1 << 16)) {
					rows += copy.copyIn("COPY public." + SchemaCatalog.quote(name) + " (" + SchemaCatalog.columnList(table.columns())
							+ ") FROM STDIN (FORMAT csv, HEADER MATCH)", in);
				}
			}
			for (Manifest.Sequence sequence : manifest.sequences()) {
				try (PreparedStatement s = c.prepareStatement("SELECT setval(?::regclass, ?, ?)")) {
					s.setString(1, "public." + SchemaCatalog.quote(sequence.name()));
					s.setLong(2, sequence.lastValue());
					s.setBoolean(3, sequence.called());
					s.execute();
				}
			}
			for (Manifest.Table table : tables.values()) {
				long count = count(c, table.name());
				if (count != table.rows()) {
					throw new IllegalStateException("Table " + table.name() + " has " + count + " rows after loading, the manifest says "
							+ table.rows());
				}
			}
			c.commit();
			return rows;
		}
	}

	private void placeCheckpoints(Manifest manifest) throws IOException {
		if (!hasFile(manifest, Backup.CHECKPOINTS)) {
			log.warn("The backup has no audit checkpoints: the restored audit log is verified from its first entry only");
			return;
		}
		Path file = target.checkpointFile();
		if (file.getParent() != null) {
			Files.createDirectories(file.getParent());
		}
		Files.copy(target.from().resolve(Backup.CHECKPOINTS), file, StandardCopyOption.REPLACE_EXISTING);
	}

	private static boolean hasFile(Manifest manifest, String path) {
		return manifest.files().stream().anyMatch(f -> f.path().equals(path));
	}

	private static long count(Connection c, String table) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM public." + SchemaCatalog.quote(table));
				ResultSet rs = s.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static void execute(Connection c, String sql) throws SQLException {
		try (PreparedStatement s = c.prepareStatement(sql)) {
			s.execute();
		}
	}
}
