-- A generated town of 100,000 residents for FiscalYearReportBenchmark (not for the tests): its own tenant, fixed
-- seed, three 年度 of work (2023-04-01 to 2026-03-31) in proportions of a mid-sized city:
-- 45,000 households, 24 agencies, 30,000 consultations by 15,000 residents, 3,000 referrals, 600 多機関協働 cases
-- with their events, 150 支援決定, 300 conferences with 1,200 agenda items, 400 outreach records with 4,000 attempts,
-- 300 参加支援 placements, 100 地域課題 and 500 events.
SELECT setseed(0.42);
SELECT provision_tenant('6e000000-0000-4000-8000-000000000000', 'MUNICIPALITY', 'ベンチマーク市（10万人）', '139963');

INSERT INTO agency (tenant_id, id, name, kind, fields)
SELECT '6e000000-0000-4000-8000-000000000000', ('6e000000-0000-4000-8000-1000000000' || lpad(i::text, 2, '0'))::uuid,
       'ベンチマーク機関' || i, 'NPO',
       (ARRAY['{ELDERLY}', '{DISABILITY}', '{CHILDREN}', '{LIVELIHOOD}', '{ELDERLY,DISABILITY,CHILDREN,LIVELIHOOD}', '{OTHER}'])[1 + i % 6]::text[]
  FROM generate_series(1, 24) i;

INSERT INTO person (tenant_id, id, family_name, given_name, family_kana, given_kana, name_key, kana_key, birth_date, registered_by_agency)
SELECT '6e000000-0000-4000-8000-000000000000', md5('p' || i)::uuid, '試験', '住民' || i, 'シケン', 'ジュウミン',
       'しけん' || i, 'シケン' || i,
       CASE WHEN i % 50 = 0 THEN NULL ELSE DATE '1925-01-01' + (random() * 36000)::int END,
       '6e000000-0000-4000-8000-100000000001'
  FROM generate_series(1, 100000) i;

INSERT INTO household (tenant_id, id, label)
SELECT '6e000000-0000-4000-8000-000000000000', md5('h' || j)::uuid, '世帯' || j FROM generate_series(1, 45000) j;

INSERT INTO household_member (tenant_id, id, household_id, person_id, relationship, joined_on)
SELECT '6e000000-0000-4000-8000-000000000000', md5('m' || i)::uuid, md5('h' || (1 + (i - 1) % 45000))::uuid,
       md5('p' || i)::uuid, CASE WHEN i <= 45000 THEN 'HEAD' ELSE 'OTHER' END, DATE '2000-01-01'
  FROM generate_series(1, 100000) i;

INSERT INTO consultation (tenant_id, id, agency_id, received_on, channel, consulter, person_id, tags, outcome, recorded_by)
SELECT '6e000000-0000-4000-8000-000000000000', md5('c' || k)::uuid,
       ('6e000000-0000-4000-8000-1000000000' || lpad((1 + (random() * 23)::int)::text, 2, '0'))::uuid,
       DATE '2023-04-01' + (random() * 1095)::int,
       (ARRAY['VISIT_TO_OFFICE', 'PHONE', 'HOME_VISIT', 'MAIL_OR_SNS', 'FROM_AGENCY', 'FROM_WELFARE_COMMISSIONER', 'OTHER'])[1 + (random() * 6)::int],
       'SELF', md5('p' || (1 + (random() * 14999)::int))::uuid,
       CASE WHEN random() < 0.3 THEN ARRAY[]::text[]
            WHEN random() < 0.7 THEN ARRAY[(ARRAY['8050', 'DOUBLE_CARE', 'HIKIKOMORI', 'SELF_NEGLECT', 'POVERTY', 'SUSPECTED_DISABILITY', 'DEMENTIA', 'ABUSE_DV', 'SCHOOL_REFUSAL', 'YOUNG_CARER', 'HOUSING', 'EMPLOYMENT', 'ISOLATION', 'MENTAL_HEALTH', 'MULTIPLE_DEBT'])[1 + (random() * 14)::int]]
            ELSE ARRAY['POVERTY', (ARRAY['HOUSING', 'EMPLOYMENT', 'MULTIPLE_DEBT', 'ISOLATION'])[1 + (random() * 3)::int]] END,
       'CONTINUE_HERE', md5('u')::uuid
  FROM generate_series(1, 30000) k;

INSERT INTO referral (tenant_id, id, person_id, from_agency, to_agency, status, consent_id, requested_on)
SELECT '6e000000-0000-4000-8000-000000000000', md5('r' || k)::uuid, md5('p' || (1 + (random() * 14999)::int))::uuid,
       ('6e000000-0000-4000-8000-1000000000' || lpad((1 + (random() * 23)::int)::text, 2, '0'))::uuid,
       ('6e000000-0000-4000-8000-1000000000' || lpad((1 + (random() * 23)::int)::text, 2, '0'))::uuid,
       (ARRAY['REQUESTED', 'ACCEPTED', 'RETURNED', 'IN_PROGRESS', 'COMPLETED'])[1 + (random() * 4)::int], md5('x')::uuid,
       DATE '2023-04-01' + (random() * 1095)::int
  FROM generate_series(1, 3000) k;

INSERT INTO support_case (tenant_id, id, household_id, referrer_agency, state, opened_on)
SELECT '6e000000-0000-4000-8000-000000000000', md5('k' || k)::uuid, md5('h' || (1 + (k * 37 - 1) % 45000))::uuid,
       '6e000000-0000-4000-8000-100000000005', 'IN_SUPPORT', DATE '2023-04-01' + (k * 1095 / 600)
  FROM generate_series(1, 600) k;
INSERT INTO case_person (tenant_id, case_id, person_id)
SELECT '6e000000-0000-4000-8000-000000000000', md5('k' || k)::uuid, md5('p' || (1 + (k * 37 - 1) % 45000 + n * 45000))::uuid
  FROM generate_series(1, 600) k CROSS JOIN generate_series(0, 1) n WHERE n = 0 OR k % 2 = 0;
-- every case: 紹介受付 → 相談受付 → アセスメント → プラン作成 → プラン採用; then 30% 終結, 10% 中断 (a third of them 再開)
INSERT INTO case_event (tenant_id, case_id, at, user_id, kind, from_state, to_state)
SELECT '6e000000-0000-4000-8000-000000000000', md5('k' || k)::uuid,
       (c.opened_on + s.days)::timestamp AT TIME ZONE 'Asia/Tokyo' + interval '10 hours', md5('u')::uuid, s.kind, s.f, s.t
  FROM generate_series(1, 600) k
  JOIN support_case c ON c.tenant_id = '6e000000-0000-4000-8000-000000000000' AND c.id = md5('k' || k)::uuid
  CROSS JOIN (VALUES (0, 'REFERRAL_RECEIVED', NULL, 'REFERRAL_RECEIVED'), (7, 'APPLICATION_ACCEPTED', 'REFERRAL_RECEIVED', 'INTAKE'),
                     (21, 'ASSESSMENT_STARTED', 'INTAKE', 'ASSESSMENT'), (45, 'PLANNING_STARTED', 'ASSESSMENT', 'PLANNING'),
                     (70, 'PLAN_ADOPTED', 'PLANNING', 'IN_SUPPORT'), (100, 'NOTE', NULL, NULL), (130, 'NOTE', NULL, NULL),
                     (300, 'CLOSED', 'IN_SUPPORT', 'CLOSED'), (200, 'SUSPENDED', 'IN_SUPPORT', 'SUSPENDED'),
                     (260, 'REOPENED', 'SUSPENDED', 'ASSESSMENT')) AS s(days, kind, f, t)
 WHERE (s.kind NOT IN ('CLOSED', 'SUSPENDED', 'REOPENED'))
    OR (s.kind = 'CLOSED' AND k % 10 < 3)
    OR (s.kind = 'SUSPENDED' AND k % 10 = 3)
    OR (s.kind = 'REOPENED' AND k % 30 = 3);
INSERT INTO support_decision (tenant_id, case_id, id, program, decided_on, decided_by, early_start, reason)
SELECT '6e000000-0000-4000-8000-000000000000', md5('k' || (k * 4))::uuid, md5('d' || k)::uuid,
       CASE WHEN k % 3 = 0 THEN 'OUTREACH' ELSE 'PARTICIPATION' END, DATE '2023-05-01' + (k * 1060 / 150), md5('u')::uuid,
       k % 5 = 0, 'ベンチマーク'
  FROM generate_series(1, 150) k;

INSERT INTO meeting (tenant_id, id, kind, title, scheduled_at, regular, online, status, held_on)
SELECT '6e000000-0000-4000-8000-000000000000', md5('g' || k)::uuid,
       (ARRAY['MULTI_LAYERED', 'SUPPORT_CONFERENCE', 'CASE_CONFERENCE', 'REUSED_BODY'])[1 + k % 4], '会議' || k,
       (DATE '2023-04-03' + (k * 1090 / 300))::timestamp AT TIME ZONE 'Asia/Tokyo' + interval '14 hours', true, false,
       CASE WHEN k % 10 = 0 THEN 'CANCELLED' ELSE 'HELD' END,
       CASE WHEN k % 10 = 0 THEN NULL ELSE DATE '2023-04-03' + (k * 1090 / 300) END
  FROM generate_series(1, 300) k;
INSERT INTO meeting_agenda_item (tenant_id, meeting_id, id, person_id, role)
SELECT '6e000000-0000-4000-8000-000000000000', md5('g' || k)::uuid, md5('i' || k || '-' || n)::uuid,
       md5('p' || (1 + (random() * 14999)::int))::uuid, (ARRAY['A', 'A', 'B', 'C'])[1 + n]
  FROM generate_series(1, 300) k CROSS JOIN generate_series(0, 3) n;

INSERT INTO outreach_record (tenant_id, id, person_id, holder_agency, source, known_on, stage, closed_on, created_by)
SELECT '6e000000-0000-4000-8000-000000000000', md5('o' || k)::uuid, md5('p' || (20000 + k))::uuid,
       '6e000000-0000-4000-8000-100000000006', 'WELFARE_COMMISSIONER', DATE '2023-04-01' + (k * 1000 / 400),
       'KNOWN', CASE WHEN k % 8 = 0 THEN DATE '2023-04-01' + (k * 1000 / 400) + 300 END, md5('u')::uuid
  FROM generate_series(1, 400) k;
INSERT INTO outreach_stage_change (tenant_id, record_id, changed_on, from_stage, to_stage, reason, recorded_by)
SELECT '6e000000-0000-4000-8000-000000000000', md5('o' || k)::uuid, DATE '2023-04-01' + (k * 1000 / 400) + s.days, s.f, s.t,
       'ベンチマーク', md5('u')::uuid
  FROM generate_series(1, 400) k
 CROSS JOIN (VALUES (0, NULL, 'KNOWN'), (60, 'KNOWN', 'CONTACTED'), (150, 'CONTACTED', 'RELATIONSHIP'),
                    (240, 'RELATIONSHIP', 'CONSULTING'), (330, 'CONSULTING', 'SUPPORT')) AS s(days, f, t)
 WHERE s.days <= (k % 5) * 90;
INSERT INTO outreach_attempt (tenant_id, record_id, id, attempted_on, method, contact_made, result, recorded_by)
SELECT '6e000000-0000-4000-8000-000000000000', md5('o' || k)::uuid, md5('a' || k || '-' || n)::uuid,
       DATE '2023-04-01' + (k * 1000 / 400) + n * 30, 'VISIT', random() < 0.4, 'ベンチマーク', md5('u')::uuid
  FROM generate_series(1, 400) k CROSS JOIN generate_series(1, 10) n;

INSERT INTO participation_host (tenant_id, id, name, kind, area)
SELECT '6e000000-0000-4000-8000-000000000000', md5('ph' || k)::uuid, '受け入れ先' || k, 'COMPANY', '北部' FROM generate_series(1, 30) k;
INSERT INTO participation_menu (tenant_id, id, host_id, kind, title, tasks, days, area, capacity)
SELECT '6e000000-0000-4000-8000-000000000000', md5('pm' || k)::uuid, md5('ph' || k)::uuid, 'WORK', 'メニュー' || k, '作業', '{MON}', '北部', 20
  FROM generate_series(1, 30) k;
INSERT INTO participation_placement (tenant_id, id, person_id, case_id, menu_id, host_id, status, start_on, active_since, ended_on, early_start, created_by)
SELECT '6e000000-0000-4000-8000-000000000000', md5('pl' || k)::uuid, md5('p' || (1 + (k * 2 * 37 - 1) % 45000))::uuid,
       md5('k' || (k * 2))::uuid, md5('pm' || (1 + k % 30))::uuid, md5('ph' || (1 + k % 30))::uuid,
       (ARRAY['PROPOSED', 'TRIAL', 'ACTIVE', 'SETTLED', 'ENDED'])[1 + k % 5], DATE '2023-06-01' + (k * 1000 / 300),
       CASE WHEN k % 5 >= 2 THEN DATE '2023-06-01' + (k * 1000 / 300) + 14 END,
       CASE WHEN k % 5 = 4 THEN DATE '2023-06-01' + (k * 1000 / 300) + 120 END, false, md5('u')::uuid
  FROM generate_series(1, 300) k;
INSERT INTO participation_follow_up (tenant_id, id, placement_id, kind, due_on, state, done_on)
SELECT '6e000000-0000-4000-8000-000000000000', md5('f' || k || '-' || n)::uuid, md5('pl' || k)::uuid,
       CASE WHEN n = 3 THEN 'KEEP_IN_TOUCH' ELSE 'SETTLING' END, DATE '2023-06-15' + (k * 1000 / 300) + n * 30,
       'DONE', DATE '2023-06-15' + (k * 1000 / 300) + n * 30
  FROM generate_series(1, 300) k CROSS JOIN generate_series(1, 3) n WHERE k % 5 >= 2;

INSERT INTO community_hub (tenant_id, id, program, name, operator, serves)
SELECT '6e000000-0000-4000-8000-000000000000', md5('hub' || k)::uuid, 'LIVING_SUPPORT_SYSTEM', '拠点' || k, '社協', 'MULTI_GENERATIONAL'
  FROM generate_series(1, 20) k;
INSERT INTO community_issue (tenant_id, id, title, status, raised_by, raised_on, resource_name)
SELECT '6e000000-0000-4000-8000-000000000000', md5('ci' || k)::uuid, '地域課題' || k,
       CASE WHEN k % 4 = 0 THEN 'RESOURCE_CREATED' WHEN k % 10 = 1 THEN 'DECLINED' ELSE 'UNDER_REVIEW' END,
       (ARRAY['CONFERENCE', 'COORDINATOR', 'PLATFORM_MEETING', 'OTHER'])[1 + k % 4], DATE '2023-04-10' + (k * 1000 / 100),
       CASE WHEN k % 4 = 0 THEN '新しい資源' || k END
  FROM generate_series(1, 100) k;
INSERT INTO community_issue_status_change (tenant_id, issue_id, id, from_status, to_status, changed_on, changed_by)
SELECT '6e000000-0000-4000-8000-000000000000', md5('ci' || k)::uuid, md5('cs' || k)::uuid, 'UNDER_REVIEW',
       CASE WHEN k % 4 = 0 THEN 'RESOURCE_CREATED' ELSE 'DECLINED' END, DATE '2023-04-10' + (k * 1000 / 100) + 90, md5('u')::uuid
  FROM generate_series(1, 100) k WHERE k % 4 = 0 OR k % 10 = 1;
INSERT INTO community_event (tenant_id, id, title, kind, held_on, hub_id, children, youth, working_age, seniors)
SELECT '6e000000-0000-4000-8000-000000000000', md5('ev' || k)::uuid, '行事' || k,
       (ARRAY['EXCHANGE', 'PRESENTATION', 'AWARD', 'WORKSHOP', 'LOCAL_FESTIVAL', 'OTHER'])[1 + k % 6], DATE '2023-04-01' + (k * 1095 / 500),
       md5('hub' || (1 + k % 20))::uuid, (random() * 20)::int, (random() * 10)::int, (random() * 15)::int, (random() * 30)::int
  FROM generate_series(1, 500) k;

ANALYZE;
