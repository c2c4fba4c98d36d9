package jp.kasane.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jp.kasane.shared.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read model of the 実績報告: every figure is one SQL aggregate over the other modules' tables, with
 * {@code tenant_id = :tenant} in every statement (row-level security applies as well). {@code date} columns are
 * compared with the 年度's first and last day; {@code timestamptz} columns ({@code case_event.at}) with the start
 * of April 1 in Asia/Tokyo and of the next April 1, so an event at 23:30 on March 31 Japan time (14:30 UTC)
 * belongs to the earlier 年度.
 */
@Repository
class StatisticsQueries {

	static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	/** A consultation's field: the receiving agency's one field, or MULTI when it serves several. */
	private static final String CONSULTATION_FIELD = """
			CASE WHEN cardinality(array_remove(a.fields, 'OTHER')) = 1 THEN (array_remove(a.fields, 'OTHER'))[1]
			     WHEN cardinality(array_remove(a.fields, 'OTHER')) = 0 THEN 'OTHER'
			     ELSE 'MULTI' END""";

	private final JdbcClient jdbc;

	StatisticsQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The parameters of one report: tenant and the 年度's bounds as dates and as Tokyo instants. */
	record Period(UUID tenant, LocalDate from, LocalDate to, OffsetDateTime fromTs, OffsetDateTime toTs) {

		static Period of(UUID tenant, FiscalYear year) {
			return new Period(tenant, year.start(), year.end(), year.start().atStartOfDay(TOKYO).toOffsetDateTime(),
					year.end().plusDays(1).atStartOfDay(TOKYO).toOffsetDateTime());
		}
	}

	String tenantName(UUID tenant) {
		return jdbc.sql("SELECT name FROM tenant WHERE id = ?").param(tenant).query(String.class).single();
	}

	// 包括的相談支援 -------------------------------------------------------------------------------------

	Map<String, Long> consultationTotals(Period p) {
		return row(p, """
				SELECT count(*) AS consultations, count(DISTINCT person_id) AS people
				  FROM consultation WHERE tenant_id = :tenant AND received_on BETWEEN :from AND :to""");
	}

	Map<String, Long> consultationsByField(Period p) {
		return grouped(p, "SELECT " + CONSULTATION_FIELD + " " + """
				 AS k, count(*) AS n
				  FROM consultation c JOIN agency a ON a.tenant_id = c.tenant_id AND a.id = c.agency_id
				 WHERE c.tenant_id = :tenant AND c.received_on BETWEEN :from AND :to
				 GROUP BY 1""");
	}

	Map<String, Long> consultationsByChannel(Period p) {
		return grouped(p, """
				SELECT channel AS k, count(*) AS n FROM consultation
				 WHERE tenant_id = :tenant AND received_on BETWEEN :from AND :to GROUP BY channel""");
	}

	/** Age on the day of the consultation, in the bands of {@link FiscalYearStatistics#AGE_BANDS}. */
	Map<String, Long> consultationsByAgeBand(Period p) {
		return grouped(p, """
				SELECT CASE WHEN x.age IS NULL THEN 'UNKNOWN' WHEN x.age < 18 THEN '0-17' WHEN x.age < 40 THEN '18-39'
				            WHEN x.age < 65 THEN '40-64' WHEN x.age < 75 THEN '65-74' ELSE '75+' END AS k, count(*) AS n
				  FROM (SELECT extract(year FROM age(c.received_on, p.birth_date))::int AS age
				          FROM consultation c JOIN person p ON p.tenant_id = c.tenant_id AND p.id = c.person_id
				         WHERE c.tenant_id = :tenant AND c.received_on BETWEEN :from AND :to) x
				 GROUP BY 1""");
	}

	/** Consultations per 課題 tag (a consultation with several tags counts under each). */
	Map<String, Long> consultationsByTag(Period p) {
		return grouped(p, """
				SELECT t.tag AS k, count(*) AS n
				  FROM consultation c CROSS JOIN LATERAL unnest(c.tags) AS t(tag)
				 WHERE c.tenant_id = :tenant AND c.received_on BETWEEN :from AND :to
				 GROUP BY t.tag""");
	}

	/** The 課題 taxonomy in its order (code → label); shared by every tenant. */
	Map<String, String> issueTags() {
		Map<String, String> tags = new LinkedHashMap<>();
		jdbc.sql("SELECT code, label FROM issue_tag ORDER BY sort").query(rs -> {
			tags.put(rs.getString("code"), rs.getString("label"));
		});
		return tags;
	}

	Map<String, Long> referralsByStatus(Period p) {
		return grouped(p, """
				SELECT status AS k, count(*) AS n FROM referral
				 WHERE tenant_id = :tenant AND requested_on BETWEEN :from AND :to GROUP BY status""");
	}

	// 多機関協働 -----------------------------------------------------------------------------------------

	Map<String, Long> casesOpened(Period p) {
		return row(p, """
				SELECT count(DISTINCT c.id) AS cases, count(DISTINCT cp.person_id) AS people
				  FROM support_case c LEFT JOIN case_person cp ON cp.tenant_id = c.tenant_id AND cp.case_id = c.id
				 WHERE c.tenant_id = :tenant AND c.opened_on BETWEEN :from AND :to""");
	}

	/**
	 * Cases worked on in the 年度 by their state at its end: the last state change before the next April 1
	 * (Tokyo); cases that were already closed or returned before the 年度 began are left out.
	 */
	Map<String, Long> casesByStateAtYearEnd(Period p) {
		return grouped(p, """
				SELECT s.state AS k, count(*) AS n FROM (
				  SELECT c.id,
				         coalesce(last.to_state, 'REFERRAL_RECEIVED') AS state, last.at AS since
				    FROM support_case c
				    LEFT JOIN LATERAL (SELECT e.to_state, e.at FROM case_event e
				                        WHERE e.tenant_id = c.tenant_id AND e.case_id = c.id
				                          AND e.to_state IS NOT NULL AND e.at < :toTs
				                        ORDER BY e.at DESC, e.seq DESC LIMIT 1) last ON true
				   WHERE c.tenant_id = :tenant AND c.opened_on <= :to) s
				 WHERE NOT (s.state IN ('CLOSED', 'RETURNED_TO_REFERRER') AND s.since < :fromTs)
				 GROUP BY s.state""");
	}

	/** Case events of the 年度 by kind (終結, 中断, 再開, プラン採用, 再プラン, 紹介元へ戻す). */
	Map<String, Long> caseEvents(Period p) {
		return grouped(p, """
				SELECT kind AS k, count(*) AS n FROM case_event
				 WHERE tenant_id = :tenant AND at >= :fromTs AND at < :toTs
				   AND kind IN ('CLOSED', 'SUSPENDED', 'REOPENED', 'PLAN_ADOPTED', 'REPLANNED', 'RETURNED_TO_REFERRER')
				 GROUP BY kind""");
	}

	Map<String, Long> supportDecisions(Period p) {
		return grouped(p, """
				SELECT program AS k, count(*) AS n FROM support_decision
				 WHERE tenant_id = :tenant AND decided_on BETWEEN :from AND :to GROUP BY program
				UNION ALL
				SELECT 'EARLY_START', count(*) FROM support_decision
				 WHERE tenant_id = :tenant AND decided_on BETWEEN :from AND :to AND early_start""");
	}

	Map<String, Long> conferencesHeld(Period p) {
		return grouped(p, """
				SELECT kind AS k, count(*) AS n FROM meeting
				 WHERE tenant_id = :tenant AND status = 'HELD' AND held_on BETWEEN :from AND :to GROUP BY kind""");
	}

	/** Agenda items (検討した事例) of the conferences held in the 年度, by role A/B/C. */
	Map<String, Long> agendaItemsByRole(Period p) {
		return grouped(p, """
				SELECT i.role AS k, count(*) AS n
				  FROM meeting m JOIN meeting_agenda_item i ON i.tenant_id = m.tenant_id AND i.meeting_id = m.id
				 WHERE m.tenant_id = :tenant AND m.status = 'HELD' AND m.held_on BETWEEN :from AND :to
				 GROUP BY i.role""");
	}

	// アウトリーチ ---------------------------------------------------------------------------------------

	/** Records open at some time in the 年度, by their stage at its end (the last change on or before March 31). */
	Map<String, Long> outreachByStageAtYearEnd(Period p) {
		return grouped(p, """
				SELECT coalesce(last.to_stage, 'KNOWN') AS k, count(*) AS n
				  FROM outreach_record r
				  LEFT JOIN LATERAL (SELECT s.to_stage FROM outreach_stage_change s
				                      WHERE s.tenant_id = r.tenant_id AND s.record_id = r.id AND s.changed_on <= :to
				                      ORDER BY s.changed_on DESC, s.seq DESC LIMIT 1) last ON true
				 WHERE r.tenant_id = :tenant AND r.known_on <= :to AND (r.closed_on IS NULL OR r.closed_on >= :from)
				 GROUP BY 1""");
	}

	Map<String, Long> outreachActivity(Period p) {
		return row(p, """
				SELECT (SELECT count(*) FROM outreach_record
				         WHERE tenant_id = :tenant AND known_on BETWEEN :from AND :to) AS known,
				       (SELECT count(*) FROM outreach_attempt
				         WHERE tenant_id = :tenant AND attempted_on BETWEEN :from AND :to) AS attempts,
				       (SELECT count(*) FROM outreach_attempt
				         WHERE tenant_id = :tenant AND attempted_on BETWEEN :from AND :to AND contact_made) AS contacts,
				       (SELECT count(DISTINCT record_id) FROM outreach_attempt
				         WHERE tenant_id = :tenant AND attempted_on BETWEEN :from AND :to AND contact_made) AS reached,
				       (SELECT count(DISTINCT record_id) FROM outreach_stage_change
				         WHERE tenant_id = :tenant AND changed_on BETWEEN :from AND :to AND to_stage = 'CONSULTING'
				           AND NOT backwards) AS consulting,
				       (SELECT count(DISTINCT record_id) FROM outreach_stage_change
				         WHERE tenant_id = :tenant AND changed_on BETWEEN :from AND :to AND to_stage = 'SUPPORT'
				           AND NOT backwards) AS support,
				       (SELECT count(*) FROM outreach_record
				         WHERE tenant_id = :tenant AND closed_on BETWEEN :from AND :to) AS closed""");
	}

	// 参加支援 ------------------------------------------------------------------------------------------

	/** Placements started in the 年度 by their status when the report is made. */
	Map<String, Long> placementsStartedByStatus(Period p) {
		return grouped(p, """
				SELECT status AS k, count(*) AS n FROM participation_placement
				 WHERE tenant_id = :tenant AND start_on BETWEEN :from AND :to GROUP BY status""");
	}

	Map<String, Long> participationActivity(Period p) {
		return row(p, """
				SELECT (SELECT count(DISTINCT person_id) FROM participation_placement
				         WHERE tenant_id = :tenant AND start_on BETWEEN :from AND :to) AS people,
				       (SELECT count(*) FROM participation_placement
				         WHERE tenant_id = :tenant AND active_since BETWEEN :from AND :to) AS active,
				       (SELECT count(*) FROM participation_placement
				         WHERE tenant_id = :tenant AND ended_on BETWEEN :from AND :to) AS ended,
				       (SELECT count(*) FROM participation_follow_up
				         WHERE tenant_id = :tenant AND state = 'DONE' AND kind = 'SETTLING'
				           AND done_on BETWEEN :from AND :to) AS settling,
				       (SELECT count(*) FROM participation_follow_up
				         WHERE tenant_id = :tenant AND state = 'DONE' AND kind = 'KEEP_IN_TOUCH'
				           AND done_on BETWEEN :from AND :to) AS keep_in_touch""");
	}

	// 地域づくり ----------------------------------------------------------------------------------------

	Map<String, Long> issuesRaisedBySource(Period p) {
		return grouped(p, """
				SELECT raised_by AS k, count(*) AS n FROM community_issue
				 WHERE tenant_id = :tenant AND raised_on BETWEEN :from AND :to GROUP BY raised_by""");
	}

	/** 地域課題 that reached 新たな資源ができた or 見送り in the 年度. */
	Map<String, Long> issuesConcluded(Period p) {
		return grouped(p, """
				SELECT to_status AS k, count(DISTINCT issue_id) AS n FROM community_issue_status_change
				 WHERE tenant_id = :tenant AND changed_on BETWEEN :from AND :to
				   AND to_status IN ('RESOURCE_CREATED', 'DECLINED')
				 GROUP BY to_status""");
	}

	Map<String, Long> eventsByKind(Period p) {
		return grouped(p, """
				SELECT kind AS k, count(*) AS n FROM community_event
				 WHERE tenant_id = :tenant AND held_on BETWEEN :from AND :to GROUP BY kind""");
	}

	Map<String, Long> eventParticipants(Period p) {
		return row(p, """
				SELECT coalesce(sum(children), 0) AS children, coalesce(sum(youth), 0) AS youth,
				       coalesce(sum(working_age), 0) AS working_age, coalesce(sum(seniors), 0) AS seniors
				  FROM community_event WHERE tenant_id = :tenant AND held_on BETWEEN :from AND :to""");
	}

	// 狭間 ---------------------------------------------------------------------------------------------

	/**
	 * Households by the number of fields their members' consultations in the 年度 touched (2, 3, 4 or more): a
	 * consultation touches the field of the receiving agency when it serves one field (multi-field agencies and
	 * その他 count for none); the household is the one on the consultation, else the person's household that day.
	 */
	Map<String, Long> householdsByFieldCount(Period p) {
		return grouped(p, """
				SELECT CASE WHEN f.n >= 4 THEN '4+' ELSE f.n::text END AS k, count(*) AS n FROM (
				  SELECT coalesce(c.household_id, hm.household_id) AS household,
				         count(DISTINCT (array_remove(a.fields, 'OTHER'))[1]) AS n
				    FROM consultation c
				    JOIN agency a ON a.tenant_id = c.tenant_id AND a.id = c.agency_id
				    LEFT JOIN household_member hm ON hm.tenant_id = c.tenant_id AND hm.person_id = c.person_id
				         AND hm.joined_on <= c.received_on AND (hm.left_on IS NULL OR hm.left_on > c.received_on)
				   WHERE c.tenant_id = :tenant AND c.received_on BETWEEN :from AND :to
				     AND cardinality(array_remove(a.fields, 'OTHER')) = 1
				   GROUP BY 1) f
				 WHERE f.household IS NOT NULL AND f.n >= 2
				 GROUP BY 1""");
	}

	// ------------------------------------------------------------------------------------------------

	private Map<String, Long> grouped(Period p, String sql) {
		Map<String, Long> out = new LinkedHashMap<>();
		params(jdbc.sql(sql), p).query(rs -> {
			out.merge(rs.getString("k"), rs.getLong("n"), Long::sum);
		});
		return out;
	}

	private Map<String, Long> row(Period p, String sql) {
		return params(jdbc.sql(sql), p).query((rs, n) -> {
			Map<String, Long> out = new LinkedHashMap<>();
			for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
				out.put(rs.getMetaData().getColumnLabel(i), rs.getLong(i));
			}
			return out;
		}).single();
	}

	private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, Period p) {
		return spec.param("tenant", p.tenant())
			.param("from", p.from())
			.param("to", p.to())
			.param("fromTs", p.fromTs())
			.param("toTs", p.toTs());
	}
}
