package jp.kasane.platform.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the catalogue says about schema {@code public}: its tables, their columns, foreign keys and sequences. */
final class SchemaCatalog {

	static final String FLYWAY_HISTORY = "flyway_schema_history";

	private SchemaCatalog() {
	}

	/**
	 * Every ordinary table of schema public, each after the tables it references (so rows can be loaded
	 * with their foreign keys checked), with its stored columns (generated columns are computed again).
	 */
	static Map<String, List<String>> tablesInLoadOrder(Connection c) throws SQLException {
		Map<String, List<String>> columns = new LinkedHashMap<>();
		try (PreparedStatement s = c.prepareStatement("""
				SELECT c.relname, a.attname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
				 WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
				   AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
				 ORDER BY c.relname, a.attnum""");
				ResultSet rs = s.executeQuery()) {
			while (rs.next()) {
				columns.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
			}
		}
		Map<String, Set<String>> references = new HashMap<>();
		try (PreparedStatement s = c.prepareStatement("""
				SELECT src.relname, dst.relname FROM pg_constraint c
				  JOIN pg_class src ON src.oid = c.conrelid JOIN pg_class dst ON dst.oid = c.confrelid
				 WHERE c.contype = 'f' AND src.relnamespace = 'public'::regnamespace AND c.conrelid <> c.confrelid""");
				ResultSet rs = s.executeQuery()) {
			while (rs.next()) {
				references.computeIfAbsent(rs.getString(1), t -> new LinkedHashSet<>()).add(rs.getString(2));
			}
		}
		Map<String, List<String>> ordered = new LinkedHashMap<>();
		Set<String> visiting = new LinkedHashSet<>();
		for (String table : columns.keySet()) {
			visit(table, columns, references, ordered, visiting);
		}
		return ordered;
	}

	private static void visit(String table, Map<String, List<String>> columns, Map<String, Set<String>> references,
			Map<String, List<String>> ordered, Set<String> visiting) {
		if (ordered.containsKey(table) || !columns.containsKey(table)) {
			return;
		}
		if (!visiting.add(table)) {
			throw new IllegalStateException("Foreign keys form a cycle through " + visiting + ": no load order exists");
		}
		for (String referenced : references.getOrDefault(table, Set.of())) {
			visit(referenced, columns, references, ordered, visiting);
		}
		visiting.remove(table);
		ordered.put(table, columns.get(table));
	}

	/** Sequences of schema public with their current values. */
	static List<Manifest.Sequence> sequences(Connection c) throws SQLException {
		List<String> names = new ArrayList<>();
		try (PreparedStatement s = c.prepareStatement(
				"SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'S' ORDER BY relname");
				ResultSet rs = s.executeQuery()) {
			while (rs.next()) {
				names.add(rs.getString(1));
			}
		}
		List<Manifest.Sequence> sequences = new ArrayList<>();
		for (String name : names) {
			try (PreparedStatement s = c.prepareStatement("SELECT last_value, is_called FROM public." + quote(name));
					ResultSet rs = s.executeQuery()) {
				rs.next();
				sequences.add(new Manifest.Sequence(name, rs.getLong(1), rs.getBoolean(2)));
			}
		}
		return sequences;
	}

	/**
	 * A backup under row-level security would silently miss every other tenant's rows, and a restore could
	 * not load them: both need a login that bypasses it (the schema owner has BYPASSRLS; a superuser does too).
	 */
	static void requireBypassesRowSecurity(Connection c) throws SQLException {
		try (PreparedStatement s = c.prepareStatement(
				"SELECT (SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user), current_user");
				ResultSet rs = s.executeQuery()) {
			rs.next();
			if (!rs.getBoolean(1)) {
				throw new BackupRefused("The database login " + rs.getString(2)
						+ " is subject to row-level security and would see only part of the data: "
						+ "use the schema owner (kasane_owner, BYPASSRLS)");
			}
		}
	}

	/** Tables, views and sequences in schema public (extensions' functions do not count). */
	static long relationsInPublic(Connection c) throws SQLException {
		try (PreparedStatement s = c.prepareStatement(
				"SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r','p','v','m','S','f')");
				ResultSet rs = s.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static String quote(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}

	static String columnList(List<String> columns) {
		return String.join(", ", columns.stream().map(SchemaCatalog::quote).toList());
	}
}
