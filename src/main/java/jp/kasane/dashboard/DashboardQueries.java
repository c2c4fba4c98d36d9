package jp.kasane.dashboard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.kasane.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's SQL: one aggregate statement per figure (counting in PostgreSQL, never in Java), the rows behind
 * one figure for the click-through, and the labels of agencies and 課題. Reads other modules' tables as a read model.
 */
@Repository
class DashboardQueries {

	/** At most this many records are listed behind one figure. */
	static final int RECORD_LIMIT = 500;

	private final JdbcClient jdbc;

	DashboardQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Where and when a figure counts: the tenant, the year, its cut-off and the agency (null: the whole town). */
	record Window(TenantId tenant, LocalDate from, LocalDate to, LocalDate cutoff, OffsetDateTime until, UUID agency, LocalDate today) {
	}

	/** One cell of a figure, or the figure's total when {@code total} is set. */
	record Cell(String d1, String d2, boolean total, long count, Double mean, Double median) {
	}

	/** One row behind a figure: the record, whose it is, its date, and the person's name (shown only if allowed). */
	record Behind(String id, UUID person, LocalDate onDate, String info, String name) {
	}

	List<Cell> cells(Chart chart, Window w) {
		String sql = "SELECT b.d1, b.d2, GROUPING(b.d1, b.d2) AS g, count(DISTINCT b.id) AS n, avg(b.v)::float8 AS mean,"
				+ " percentile_cont(0.5) WITHIN GROUP (ORDER BY b.v) AS median FROM (" + chart.sql + ") b"
				+ " GROUP BY GROUPING SETS ((b.d1, b.d2), ())";
		return bind(jdbc.sql(sql), w)
			.query((rs, n) -> new Cell(rs.getString("d1"), rs.getString("d2"), rs.getInt("g") != 0, rs.getLong("n"),
					(Double) rs.getObject("mean"), (Double) rs.getObject("median")))
			.list();
	}

	List<Behind> behind(Chart chart, Window w, String d1, String d2) {
		String sql = "SELECT b.id::text AS id, b.person_id, b.on_date, b.info, p.family_name || ' ' || p.given_name AS name"
				+ " FROM (" + chart.sql + ") b LEFT JOIN person p ON p.tenant_id = :tenant AND p.id = b.person_id"
				+ " WHERE b.d1 = :d1 AND (CAST(:d2 AS text) IS NULL OR b.d2 = CAST(:d2 AS text))"
				+ " ORDER BY b.on_date NULLS LAST, b.id, p.family_kana, p.given_kana";
		return bind(jdbc.sql(sql), w).param("d1", d1).param("d2", d2)
			.query((rs, n) -> new Behind(rs.getString("id"), rs.getObject("person_id", UUID.class),
					rs.getObject("on_date", LocalDate.class), rs.getString("info"), rs.getString("name")))
			.list();
	}

	/** The tenant's agencies by name, id → name (names of agencies are not personal data). */
	Map<String, String> agencies(TenantId tenant) {
		Map<String, String> names = new LinkedHashMap<>();
		jdbc.sql("SELECT id::text, name FROM agency WHERE tenant_id = ? ORDER BY name")
			.param(tenant.value())
			.query((rs, n) -> names.put(rs.getString(1), rs.getString(2)))
			.list();
		return names;
	}

	/** The 課題 taxonomy in its order, code → label. */
	Map<String, String> tags() {
		Map<String, String> tags = new LinkedHashMap<>();
		jdbc.sql("SELECT code, label FROM issue_tag ORDER BY sort")
			.query((rs, n) -> tags.put(rs.getString(1), rs.getString(2)))
			.list();
		return tags;
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Window w) {
		return spec.param("tenant", w.tenant().value())
			.param("from", w.from())
			.param("to", w.to())
			.param("cutoff", w.cutoff())
			.param("until", w.until())
			.param("agency", w.agency())
			.param("today", w.today());
	}
}
