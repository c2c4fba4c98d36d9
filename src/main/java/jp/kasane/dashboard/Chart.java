package jp.kasane.dashboard;

import java.util.Arrays;
import java.util.Optional;

/**
 * The dashboard's figures. Each is one SQL statement producing the rows behind the figure — {@code id} (the
 * record counted), {@code person_id} (whose record it is, if anyone's), {@code d1}/{@code d2} (the two dimensions
 * the figure is drawn by), {@code v} (a measure such as days, averaged), {@code on_date} and {@code info} (what the
 * record list shows besides the person) — bound to {@code :tenant}, the year ({@code :from}, {@code :to}), the
 * cut-off ({@code :cutoff}: the year's end or today, whichever is earlier; {@code :until} the same as an instant)
 * and {@code :agency} (null for the whole town). The figure counts distinct ids per (d1, d2) in SQL; the
 * click-through lists the same rows filtered on d1/d2, so the list always matches the figure.
 */
enum Chart {

	CONSULTATIONS_BY_FIELD("consultations-by-field", "相談の受付（分野別・月別）", "bar", true, "件", Domain.MONTHS, "month",
			Domain.FIELDS, "field", RecordKind.CONSULTATION,
			"分野は受け付けた機関の分野です（複数の分野を担う機関の相談は、その各分野に数えます）。", """
			SELECT c.id, c.person_id, to_char(c.received_on, 'YYYY-MM') AS d1, f AS d2, NULL::numeric AS v,
			       c.received_on AS on_date, a.name AS info
			  FROM consultation c
			  JOIN agency a ON a.tenant_id = c.tenant_id AND a.id = c.agency_id
			 CROSS JOIN LATERAL unnest(a.fields) AS f
			 WHERE c.tenant_id = :tenant AND c.received_on BETWEEN :from AND :to
			   AND (CAST(:agency AS uuid) IS NULL OR c.agency_id = CAST(:agency AS uuid))"""),

	CONSULTATIONS_BY_CHANNEL("consultations-by-channel", "相談の受付（経路別・月別）", "bar", true, "件", Domain.MONTHS, "month",
			Domain.CHANNELS, "channel", RecordKind.CONSULTATION, null, """
			SELECT c.id, c.person_id, to_char(c.received_on, 'YYYY-MM') AS d1, c.channel AS d2, NULL::numeric AS v,
			       c.received_on AS on_date, a.name AS info
			  FROM consultation c
			  JOIN agency a ON a.tenant_id = c.tenant_id AND a.id = c.agency_id
			 WHERE c.tenant_id = :tenant AND c.received_on BETWEEN :from AND :to
			   AND (CAST(:agency AS uuid) IS NULL OR c.agency_id = CAST(:agency AS uuid))"""),

	CONSULTATIONS_BY_AGE("consultations-by-age", "相談の受付（年齢層別・月別）", "bar", true, "件", Domain.MONTHS, "month",
			Domain.AGE_BANDS, "age", RecordKind.CONSULTATION, "年齢は相談日時点の満年齢です。", """
			SELECT c.id, c.person_id, to_char(c.received_on, 'YYYY-MM') AS d1,
			       CASE WHEN p.birth_date IS NULL THEN 'UNKNOWN'
			            WHEN date_part('year', age(c.received_on, p.birth_date)) < 18 THEN 'CHILD'
			            WHEN date_part('year', age(c.received_on, p.birth_date)) < 40 THEN 'YOUNG'
			            WHEN date_part('year', age(c.received_on, p.birth_date)) < 65 THEN 'WORKING'
			            WHEN date_part('year', age(c.received_on, p.birth_date)) < 75 THEN 'ELDERLY'
			            ELSE 'OLD_ELDERLY' END AS d2,
			       NULL::numeric AS v, c.received_on AS on_date, a.name AS info
			  FROM consultation c
			  JOIN person p ON p.tenant_id = c.tenant_id AND p.id = c.person_id
			  JOIN agency a ON a.tenant_id = c.tenant_id AND a.id = c.agency_id
			 WHERE c.tenant_id = :tenant AND c.received_on BETWEEN :from AND :to
			   AND (CAST(:agency AS uuid) IS NULL OR c.agency_id = CAST(:agency AS uuid))"""),

	CONSULTATIONS_BY_TAG("consultations-by-tag", "相談の課題（課題別・月別）", "bar", true, "件", Domain.MONTHS, "month",
			Domain.TAGS, "tag", RecordKind.CONSULTATION, "課題が複数ある相談は、その各課題に数えます。", """
			SELECT c.id, c.person_id, to_char(c.received_on, 'YYYY-MM') AS d1, t AS d2, NULL::numeric AS v,
			       c.received_on AS on_date, a.name AS info
			  FROM consultation c
			  JOIN agency a ON a.tenant_id = c.tenant_id AND a.id = c.agency_id
			 CROSS JOIN LATERAL unnest(CASE WHEN cardinality(c.tags) = 0 THEN ARRAY['NONE'] ELSE c.tags END) AS t
			 WHERE c.tenant_id = :tenant AND c.received_on BETWEEN :from AND :to
			   AND (CAST(:agency AS uuid) IS NULL OR c.agency_id = CAST(:agency AS uuid))"""),

	REFERRALS("referrals", "つなぎの流れ（依頼元→つなぎ先）と受理までの日数", "sankey", false, "件", Domain.AGENCIES, "from",
			Domain.AGENCIES, "to", RecordKind.REFERRAL,
			"受理までの日数は、依頼日から、つなぎ先が最初に応答（受理）した日までです。差戻し・未応答のつなぎは日数に含めません。", """
			SELECT r.id, r.person_id, r.from_agency::text AS d1, r.to_agency::text AS d2,
			       CASE WHEN r.status IN ('ACCEPTED', 'IN_PROGRESS', 'COMPLETED') THEN
			            (SELECT (min(e.at) AT TIME ZONE 'Asia/Tokyo')::date - r.requested_on FROM audit_entry e
			              WHERE e.tenant_id = r.tenant_id AND e.record_type = 'referral' AND e.record_id = r.id::text
			                AND e.action = 'UPDATE') END::numeric AS v,
			       r.requested_on AS on_date, r.status AS info
			  FROM referral r
			 WHERE r.tenant_id = :tenant AND r.requested_on BETWEEN :from AND :to
			   AND (CAST(:agency AS uuid) IS NULL OR CAST(:agency AS uuid) IN (r.from_agency, r.to_agency))"""),

	CASES_BY_STATE("cases-by-state", "多機関協働の事例（状態別）", "bar", false, "件", Domain.CASE_STATES, "state", Domain.ALL, null,
			RecordKind.CASE, "年度末（今年度は今日）時点の状態です。年度が始まる前に終結した事例は含めません。", """
			SELECT c.id, NULL::uuid AS person_id, coalesce(s.state, 'REFERRAL_RECEIVED') AS d1, 'ALL' AS d2, NULL::numeric AS v,
			       c.opened_on AS on_date, coalesce(s.state, 'REFERRAL_RECEIVED') AS info
			  FROM support_case c
			  LEFT JOIN LATERAL (SELECT e.to_state AS state, (e.at AT TIME ZONE 'Asia/Tokyo')::date AS since FROM case_event e
			                      WHERE e.tenant_id = c.tenant_id AND e.case_id = c.id AND e.to_state IS NOT NULL AND e.at <= :until
			                      ORDER BY e.seq DESC LIMIT 1) s ON true
			 WHERE c.tenant_id = :tenant AND c.opened_on <= :cutoff
			   AND NOT (s.state IN ('CLOSED', 'RETURNED_TO_REFERRER') AND s.since < :from)
			   AND (CAST(:agency AS uuid) IS NULL OR c.referrer_agency = CAST(:agency AS uuid) OR c.lead_agency = CAST(:agency AS uuid))"""),

	CASE_STATE_DAYS("case-state-days", "状態ごとの平均滞在日数", "bar", false, "日", Domain.CASE_STATES, "state", Domain.ALL, null,
			RecordKind.CASE, "その年度にその状態に入った事例について、次の状態に移るまで（移っていなければ年度末か今日まで）の日数の平均です。", """
			SELECT x.case_id AS id, NULL::uuid AS person_id, x.to_state AS d1, 'ALL' AS d2,
			       round((extract(epoch FROM (coalesce(least(x.next_at, :until), :until) - x.at)) / 86400.0)::numeric, 1) AS v,
			       (x.at AT TIME ZONE 'Asia/Tokyo')::date AS on_date, x.to_state AS info
			  FROM (SELECT e.tenant_id, e.case_id, e.to_state, e.at,
			               lead(e.at) OVER (PARTITION BY e.case_id ORDER BY e.seq) AS next_at
			          FROM case_event e WHERE e.tenant_id = :tenant AND e.to_state IS NOT NULL) x
			  JOIN support_case c ON c.tenant_id = x.tenant_id AND c.id = x.case_id
			 WHERE (x.at AT TIME ZONE 'Asia/Tokyo')::date BETWEEN :from AND :cutoff
			   AND x.to_state NOT IN ('CLOSED', 'RETURNED_TO_REFERRER')
			   AND (CAST(:agency AS uuid) IS NULL OR c.referrer_agency = CAST(:agency AS uuid) OR c.lead_agency = CAST(:agency AS uuid))"""),

	CONFERENCES("conferences", "開催した会議（種類別・議題の役割別）", "bar", false, "回", Domain.MEETING_KINDS, "kind", Domain.ROLES, "role",
			RecordKind.MEETING, "「開催」はその年度に開催した会議の回数、A・B・C はその役割の議題があった会議の回数です。", """
			SELECT m.id, NULL::uuid AS person_id, m.kind AS d1, r.role AS d2, NULL::numeric AS v, m.held_on AS on_date,
			       m.title AS info
			  FROM meeting m
			 CROSS JOIN LATERAL (SELECT 'HELD' AS role
			                     UNION SELECT i.role FROM meeting_agenda_item i
			                      WHERE i.tenant_id = m.tenant_id AND i.meeting_id = m.id) r
			 WHERE m.tenant_id = :tenant AND m.status = 'HELD' AND m.held_on BETWEEN :from AND :to
			   AND (CAST(:agency AS uuid) IS NULL OR EXISTS (SELECT 1 FROM meeting_agency ma WHERE ma.tenant_id = m.tenant_id
			        AND ma.meeting_id = m.id AND ma.agency_id = CAST(:agency AS uuid)))"""),

	PENDING_CONFERENCES("pending-conferences", "重層的支援会議が必要なのに未了の事例（現在）", "bar", false, "件", Domain.PENDING, "pending",
			Domain.ALL, null, RecordKind.CASE,
			"プラン作成中の事例は、プランの採用に、開催済みの重層的支援会議での「プランの採用」の決定が必要です（年度に関係なく現在の状況）。", """
			SELECT c.id, NULL::uuid AS person_id,
			       CASE WHEN EXISTS (SELECT 1 FROM meeting_agenda_item i JOIN meeting m ON m.tenant_id = i.tenant_id AND m.id = i.meeting_id
			                          WHERE i.tenant_id = c.tenant_id AND i.case_id = c.id AND m.kind = 'MULTI_LAYERED'
			                            AND m.status = 'SCHEDULED') THEN 'SCHEDULED' ELSE 'UNSCHEDULED' END AS d1,
			       'ALL' AS d2, NULL::numeric AS v, c.opened_on AS on_date, c.state AS info
			  FROM support_case c
			 WHERE c.tenant_id = :tenant AND c.state = 'PLANNING'
			   AND NOT EXISTS (SELECT 1 FROM meeting_decision d JOIN meeting m ON m.tenant_id = d.tenant_id AND m.id = d.meeting_id
			                    WHERE d.tenant_id = c.tenant_id AND d.case_id = c.id AND d.type = 'PLAN_ADOPTION'
			                      AND m.kind = 'MULTI_LAYERED' AND m.status = 'HELD'
			                      AND m.held_on >= (SELECT max((e.at AT TIME ZONE 'Asia/Tokyo')::date) FROM case_event e
			                                         WHERE e.tenant_id = c.tenant_id AND e.case_id = c.id AND e.to_state = 'PLANNING'))
			   AND (CAST(:agency AS uuid) IS NULL OR c.referrer_agency = CAST(:agency AS uuid) OR c.lead_agency = CAST(:agency AS uuid))"""),

	OUTREACH("outreach", "アウトリーチの対象者（段階別・初回接触からの月数）", "bar", true, "人", Domain.STAGES, "stage",
			Domain.CONTACT_MONTHS, "months", RecordKind.OUTREACH, "年度末（今年度は今日）時点で続いている記録です。", """
			SELECT o.id, o.person_id,
			       coalesce((SELECT sc.to_stage FROM outreach_stage_change sc WHERE sc.tenant_id = o.tenant_id AND sc.record_id = o.id
			                   AND sc.changed_on <= :cutoff ORDER BY sc.seq DESC LIMIT 1), o.stage) AS d1,
			       CASE WHEN f.first_contact IS NULL THEN 'NONE'
			            WHEN age(:cutoff, f.first_contact) < interval '3 months' THEN 'M0'
			            WHEN age(:cutoff, f.first_contact) < interval '6 months' THEN 'M3'
			            WHEN age(:cutoff, f.first_contact) < interval '12 months' THEN 'M6'
			            ELSE 'M12' END AS d2,
			       NULL::numeric AS v, o.known_on AS on_date, o.stage AS info
			  FROM outreach_record o
			  LEFT JOIN LATERAL (SELECT min(a.attempted_on) AS first_contact FROM outreach_attempt a
			                      WHERE a.tenant_id = o.tenant_id AND a.record_id = o.id AND a.contact_made
			                        AND a.attempted_on <= :cutoff) f ON true
			 WHERE o.tenant_id = :tenant AND o.known_on <= :cutoff AND (o.closed_on IS NULL OR o.closed_on > :cutoff)
			   AND (CAST(:agency AS uuid) IS NULL OR o.holder_agency = CAST(:agency AS uuid))"""),

	PLACEMENTS("placements", "参加支援のマッチング（開始月別・メニュー別）", "bar", true, "件", Domain.MONTHS, "month", Domain.MENU_KINDS,
			"menu", RecordKind.PLACEMENT, "提案のままのものを除き、その年度に始まった参加（体験を含む）です。", """
			SELECT pl.id, pl.person_id, to_char(pl.start_on, 'YYYY-MM') AS d1, mn.kind AS d2, NULL::numeric AS v,
			       pl.start_on AS on_date, mn.title AS info
			  FROM participation_placement pl
			  JOIN participation_menu mn ON mn.tenant_id = pl.tenant_id AND mn.id = pl.menu_id
			 WHERE pl.tenant_id = :tenant AND pl.start_on BETWEEN :from AND :to AND pl.status <> 'PROPOSED'
			   AND (CAST(:agency AS uuid) IS NULL OR EXISTS (SELECT 1 FROM person_access pa WHERE pa.tenant_id = pl.tenant_id
			        AND pa.person_id = pl.person_id AND pa.agency_id = CAST(:agency AS uuid)
			        AND (pa.valid_until IS NULL OR pa.valid_until >= :today)))"""),

	RETENTION("retention", "参加の定着（開始から1・3・6か月後も続いている割合）", "bar", true, "件", Domain.RETENTION_PERIODS, "period",
			Domain.RETENTION_STATUS, "retained", RecordKind.PLACEMENT,
			"その年度に始まった参加のうち、1・3・6か月が経ったものについて、その時点で終了していなかったかどうかです。", """
			SELECT pl.id, pl.person_id, n.code AS d1,
			       CASE WHEN pl.ended_on IS NULL OR pl.ended_on > (pl.start_on + n.months * interval '1 month')::date
			            THEN 'RETAINED' ELSE 'ENDED' END AS d2,
			       NULL::numeric AS v, pl.start_on AS on_date, mn.title AS info
			  FROM participation_placement pl
			  JOIN participation_menu mn ON mn.tenant_id = pl.tenant_id AND mn.id = pl.menu_id
			 CROSS JOIN (VALUES ('M1', 1), ('M3', 3), ('M6', 6)) AS n(code, months)
			 WHERE pl.tenant_id = :tenant AND pl.start_on BETWEEN :from AND :to AND pl.status <> 'PROPOSED'
			   AND (pl.start_on + n.months * interval '1 month')::date <= :cutoff
			   AND (CAST(:agency AS uuid) IS NULL OR EXISTS (SELECT 1 FROM person_access pa WHERE pa.tenant_id = pl.tenant_id
			        AND pa.person_id = pl.person_id AND pa.agency_id = CAST(:agency AS uuid)
			        AND (pa.valid_until IS NULL OR pa.valid_until >= :today)))"""),

	COMMUNITY_ISSUES("community-issues", "地域課題の提起と解決（月別）", "line", false, "件", Domain.MONTHS, "month", Domain.ISSUE_EVENTS,
			"event", RecordKind.ISSUE, "地域課題は市全体の台帳です（個人を含みません）。解決は「新たな資源ができた」になった月です。", """
			SELECT i.id, NULL::uuid AS person_id, to_char(i.raised_on, 'YYYY-MM') AS d1, 'RAISED' AS d2, NULL::numeric AS v,
			       i.raised_on AS on_date, i.title AS info
			  FROM community_issue i
			 WHERE i.tenant_id = :tenant AND i.raised_on BETWEEN :from AND :to
			UNION ALL
			SELECT i.id, NULL::uuid, to_char(sc.changed_on, 'YYYY-MM'), sc.to_status, NULL::numeric, sc.changed_on, i.title
			  FROM community_issue_status_change sc
			  JOIN community_issue i ON i.tenant_id = sc.tenant_id AND i.id = sc.issue_id
			 WHERE sc.tenant_id = :tenant AND sc.to_status IN ('RESOURCE_CREATED', 'DECLINED')
			   AND sc.changed_on BETWEEN :from AND :to"""),

	GAP_HOUSEHOLDS("gap-households", "複数の分野にまたがる世帯（狭間）", "bar", false, "世帯", Domain.FIELD_COUNTS, "fields", Domain.ALL,
			null, RecordKind.HOUSEHOLD,
			"その年度に、2つ以上の機関が世帯員の相談を受け、それらの機関の分野を合わせると2分野以上になる世帯です。", """
			WITH touched AS (
			  SELECT c.household_id, c.person_id, c.agency_id, f
			    FROM consultation c
			    JOIN agency a ON a.tenant_id = c.tenant_id AND a.id = c.agency_id
			   CROSS JOIN LATERAL unnest(a.fields) AS f
			   WHERE c.tenant_id = :tenant AND c.received_on BETWEEN :from AND :to AND c.household_id IS NOT NULL
			     AND (CAST(:agency AS uuid) IS NULL OR EXISTS (SELECT 1 FROM person_access pa WHERE pa.tenant_id = c.tenant_id
			          AND pa.person_id = c.person_id AND pa.agency_id = CAST(:agency AS uuid)
			          AND (pa.valid_until IS NULL OR pa.valid_until >= :today)))),
			gap AS (
			  SELECT household_id, count(DISTINCT f) AS fields FROM touched GROUP BY household_id
			  HAVING count(DISTINCT agency_id) >= 2 AND count(DISTINCT f) >= 2)
			SELECT DISTINCT g.household_id AS id, t.person_id, CASE WHEN g.fields >= 4 THEN '4' ELSE g.fields::text END AS d1,
			       'ALL' AS d2, NULL::numeric AS v, NULL::date AS on_date, NULL::text AS info
			  FROM gap g JOIN touched t ON t.household_id = g.household_id""");

	final String code;
	final String title;
	final String type;
	final boolean stacked;
	final String unit;
	final Domain d1;
	final String d1Param;
	final Domain d2;
	final String d2Param;
	final RecordKind kind;
	final String note;
	final String sql;

	Chart(String code, String title, String type, boolean stacked, String unit, Domain d1, String d1Param, Domain d2,
			String d2Param, RecordKind kind, String note, String sql) {
		this.code = code;
		this.title = title;
		this.type = type;
		this.stacked = stacked;
		this.unit = unit;
		this.d1 = d1;
		this.d1Param = d1Param;
		this.d2 = d2;
		this.d2Param = d2Param;
		this.kind = kind;
		this.note = note;
		this.sql = sql;
	}

	static Optional<Chart> byCode(String code) {
		return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
	}

	/** What kind of record a figure counts, and so where its records link and who may open them. */
	enum RecordKind {
		CONSULTATION("相談"), REFERRAL("つなぎ"), CASE("事例"), MEETING("会議"), OUTREACH("アウトリーチ"), PLACEMENT("参加支援"),
		ISSUE("地域課題"), HOUSEHOLD("世帯");

		final String label;

		RecordKind(String label) {
			this.label = label;
		}

		boolean personal() {
			return this != CASE && this != MEETING && this != ISSUE;
		}
	}
}
