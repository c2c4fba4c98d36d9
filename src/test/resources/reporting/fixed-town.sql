-- A fixed town for the 実績報告 golden files: its own tenant (𠮷野町, a name MS932 cannot write) with fixed
-- dates, so the files never change with the clock. 年度 2024 (令和6年度) is the one the golden files show;
-- a few records fall just outside it (2024-03-31, 2025-04-01) to prove the boundary.
-- Ids: 6f000000-0000-4000-8000-0000000000xx (tenant 00, agencies 0a-0f, people 1x, households 2x, cases 3x,
-- meetings 4x, outreach 5x, participation 6x, community 7x).
SELECT provision_tenant('6f000000-0000-4000-8000-000000000000', 'MUNICIPALITY', '𠮷野町（実績報告テスト）', '139980');

INSERT INTO agency (tenant_id, id, name, kind, fields, hub_type) VALUES
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-00000000000a', '𠮷野町地域包括支援センター', 'COMMUNITY_GENERAL_SUPPORT_CENTER', '{ELDERLY}', NULL),
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-00000000000b', '𠮷野町障害者相談支援センター', 'CORE_DISABILITY_CONSULTATION_CENTER', '{DISABILITY}', NULL),
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-00000000000c', '𠮷野町こども家庭センター', 'CHILD_AND_FAMILY_CENTER', '{CHILDREN}', NULL),
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-00000000000d', '𠮷野町自立相談支援機関', 'SELF_RELIANCE_CONSULTATION', '{LIVELIHOOD}', NULL),
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-00000000000e', '𠮷野町総合相談窓口', 'COMMUNITY_GENERAL_SUPPORT_CENTER', '{ELDERLY,DISABILITY,CHILDREN,LIVELIHOOD}', 'INTEGRATED'),
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-00000000000f', '𠮷野町福祉課', 'MUNICIPAL_DEPARTMENT', '{OTHER}', NULL);

-- People: birth dates put them in each age band on the day of their consultations (P6 has none: 不明).
INSERT INTO person (tenant_id, id, family_name, given_name, family_kana, given_kana, name_key, kana_key, birth_date, registered_by_agency)
SELECT '6f000000-0000-4000-8000-000000000000', ('6f000000-0000-4000-8000-0000000000' || n)::uuid, '試験', '太郎' || n, 'シケン',
       'タロウ', 'しけんたろう' || n, 'シケンタロウ' || n, b, '6f000000-0000-4000-8000-00000000000f'
  FROM (VALUES ('11', DATE '1940-05-01'), ('12', DATE '1980-01-01'), ('13', DATE '2012-01-01'), ('14', DATE '1990-01-01'),
               ('15', DATE '1955-01-01'), ('16', NULL), ('17', DATE '1985-01-01'), ('18', DATE '1995-06-01'),
               ('19', DATE '1992-02-02'), ('1a', DATE '1970-03-03'), ('1b', DATE '1960-04-04')) AS p(n, b);

INSERT INTO household (tenant_id, id, label) VALUES
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-000000000021', '試験世帯1'),
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-000000000022', '試験世帯2'),
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-000000000023', '試験世帯3');
-- H1 = P1 + P2 (found through membership), H2 = P3 + P5 (named on the consultations), H3 = P4.
INSERT INTO household_member (tenant_id, id, household_id, person_id, relationship, joined_on) VALUES
 ('6f000000-0000-4000-8000-000000000000', gen_random_uuid(), '6f000000-0000-4000-8000-000000000021', '6f000000-0000-4000-8000-000000000011', 'HEAD', '2000-01-01'),
 ('6f000000-0000-4000-8000-000000000000', gen_random_uuid(), '6f000000-0000-4000-8000-000000000021', '6f000000-0000-4000-8000-000000000012', 'CHILD', '2000-01-01'),
 ('6f000000-0000-4000-8000-000000000000', gen_random_uuid(), '6f000000-0000-4000-8000-000000000023', '6f000000-0000-4000-8000-000000000014', 'HEAD', '2000-01-01');

-- Consultations: ten in 令和6年度 (from 2024-04-01 to 2025-03-31), one on 2025-04-01 and one on 2024-03-31.
INSERT INTO consultation (tenant_id, id, agency_id, received_on, channel, consulter, person_id, household_id, tags, outcome, recorded_by)
SELECT '6f000000-0000-4000-8000-000000000000', gen_random_uuid(), ('6f000000-0000-4000-8000-00000000000' || a)::uuid, d, ch, 'SELF',
       ('6f000000-0000-4000-8000-0000000000' || p)::uuid, h::uuid, t::text[], 'CONTINUE_HERE', gen_random_uuid()
  FROM (VALUES
   ('a', DATE '2024-04-01', 'VISIT_TO_OFFICE', '11', NULL, '{8050,DEMENTIA}'),
   ('a', DATE '2024-06-10', 'PHONE', '11', NULL, '{DEMENTIA}'),
   ('a', DATE '2024-09-01', 'VISIT_TO_OFFICE', '15', '6f000000-0000-4000-8000-000000000022', '{ISOLATION}'),
   ('b', DATE '2024-07-01', 'VISIT_TO_OFFICE', '12', NULL, '{8050,HIKIKOMORI}'),
   ('b', DATE '2024-10-01', 'PHONE', '12', NULL, '{HIKIKOMORI}'),
   ('c', DATE '2024-11-11', 'HOME_VISIT', '13', '6f000000-0000-4000-8000-000000000022', '{SCHOOL_REFUSAL}'),
   ('e', DATE '2024-12-01', 'VISIT_TO_OFFICE', '14', NULL, '{POVERTY}'),
   ('e', DATE '2025-01-15', 'PHONE', '14', NULL, '{POVERTY,EMPLOYMENT}'),
   ('e', DATE '2025-02-01', 'FROM_AGENCY', '16', NULL, '{HOUSING}'),
   ('e', DATE '2025-03-31', 'VISIT_TO_OFFICE', '17', NULL, '{POVERTY}'),
   ('d', DATE '2025-04-01', 'VISIT_TO_OFFICE', '17', NULL, '{POVERTY}'),
   ('d', DATE '2024-03-31', 'PHONE', '17', NULL, '{POVERTY}')) AS c(a, d, ch, p, h, t);

-- Referrals of 令和6年度: 依頼中 0, 受理 3, 差戻し 1, 対応中 4, 完了 5 (13); one of 2025-04-01.
INSERT INTO referral (tenant_id, id, person_id, from_agency, to_agency, status, consent_id, requested_on)
SELECT '6f000000-0000-4000-8000-000000000000', gen_random_uuid(), '6f000000-0000-4000-8000-000000000011',
       '6f000000-0000-4000-8000-00000000000a', '6f000000-0000-4000-8000-00000000000e', s, gen_random_uuid(), d
  FROM (VALUES ('ACCEPTED', 3, DATE '2024-05-01'), ('RETURNED', 1, DATE '2024-06-01'), ('IN_PROGRESS', 4, DATE '2024-07-01'),
               ('COMPLETED', 5, DATE '2025-03-31'), ('REQUESTED', 1, DATE '2025-04-01')) AS r(s, n, d)
 CROSS JOIN LATERAL generate_series(1, r.n);

-- Cases. C1 in support; C2 suspended at 23:30 on 2025-03-31 Japan time and reopened at 00:10 on 2025-04-01 Japan
-- time (still 2025-03-31 in UTC); C3 closed before the year; C4 only referred; C5 closed in the year.
INSERT INTO support_case (tenant_id, id, household_id, referrer_agency, state, opened_on) VALUES
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-000000000031', '6f000000-0000-4000-8000-000000000021', '6f000000-0000-4000-8000-00000000000a', 'IN_SUPPORT', '2024-05-01'),
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-000000000032', '6f000000-0000-4000-8000-000000000022', '6f000000-0000-4000-8000-00000000000c', 'ASSESSMENT', '2024-06-01'),
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-000000000033', NULL, '6f000000-0000-4000-8000-00000000000a', 'CLOSED', '2023-10-01'),
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-000000000034', '6f000000-0000-4000-8000-000000000023', '6f000000-0000-4000-8000-00000000000e', 'REFERRAL_RECEIVED', '2024-09-01'),
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-000000000035', NULL, '6f000000-0000-4000-8000-00000000000e', 'CLOSED', '2024-10-01');
INSERT INTO case_person (tenant_id, case_id, person_id) VALUES
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-000000000031', '6f000000-0000-4000-8000-000000000011'),
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-000000000031', '6f000000-0000-4000-8000-000000000012'),
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-000000000032', '6f000000-0000-4000-8000-000000000013'),
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-000000000033', '6f000000-0000-4000-8000-000000000015'),
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-000000000034', '6f000000-0000-4000-8000-000000000014'),
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-000000000035', '6f000000-0000-4000-8000-000000000016');
INSERT INTO case_event (tenant_id, case_id, at, user_id, kind, from_state, to_state)
SELECT '6f000000-0000-4000-8000-000000000000', ('6f000000-0000-4000-8000-0000000000' || c)::uuid, at::timestamptz,
       '6f000000-0000-4000-8000-0000000000ff', k, f, t
  FROM (VALUES
   ('31', '2024-05-01 10:00+09', 'REFERRAL_RECEIVED', NULL, 'REFERRAL_RECEIVED'),
   ('31', '2024-05-10 10:00+09', 'APPLICATION_ACCEPTED', 'REFERRAL_RECEIVED', 'INTAKE'),
   ('31', '2024-06-01 10:00+09', 'ASSESSMENT_STARTED', 'INTAKE', 'ASSESSMENT'),
   ('31', '2024-07-01 10:00+09', 'PLANNING_STARTED', 'ASSESSMENT', 'PLANNING'),
   ('31', '2024-08-01 15:00+09', 'PLAN_ADOPTED', 'PLANNING', 'IN_SUPPORT'),
   ('31', '2024-08-02 09:00+09', 'NOTE', NULL, NULL),
   ('32', '2024-06-01 10:00+09', 'REFERRAL_RECEIVED', NULL, 'REFERRAL_RECEIVED'),
   ('32', '2024-06-05 10:00+09', 'APPLICATION_ACCEPTED', 'REFERRAL_RECEIVED', 'INTAKE'),
   ('32', '2024-07-01 10:00+09', 'ASSESSMENT_STARTED', 'INTAKE', 'ASSESSMENT'),
   ('32', '2025-03-31 23:30+09', 'SUSPENDED', 'ASSESSMENT', 'SUSPENDED'),
   ('32', '2025-04-01 00:10+09', 'REOPENED', 'SUSPENDED', 'ASSESSMENT'),
   ('33', '2023-10-01 10:00+09', 'REFERRAL_RECEIVED', NULL, 'REFERRAL_RECEIVED'),
   ('33', '2024-03-15 10:00+09', 'CLOSED', 'IN_SUPPORT', 'CLOSED'),
   ('34', '2024-09-01 10:00+09', 'REFERRAL_RECEIVED', NULL, 'REFERRAL_RECEIVED'),
   ('35', '2024-10-01 10:00+09', 'REFERRAL_RECEIVED', NULL, 'REFERRAL_RECEIVED'),
   ('35', '2025-02-01 10:00+09', 'CLOSED', 'IN_SUPPORT', 'CLOSED')) AS e(c, at, k, f, t);
INSERT INTO support_decision (tenant_id, case_id, id, program, decided_on, decided_by, early_start, reason) VALUES
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-000000000031', gen_random_uuid(), 'PARTICIPATION', '2024-08-15', gen_random_uuid(), false, '試験'),
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-000000000034', gen_random_uuid(), 'OUTREACH', '2024-09-10', gen_random_uuid(), true, '試験');

-- Conferences: three held in the year, one only scheduled, one held on 2025-04-01.
INSERT INTO meeting (tenant_id, id, kind, title, scheduled_at, regular, online, status, held_on) VALUES
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-000000000041', 'MULTI_LAYERED', '重層的支援会議1', '2024-08-01 14:00+09', true, false, 'HELD', '2024-08-01'),
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-000000000042', 'MULTI_LAYERED', '重層的支援会議2', '2025-02-01 14:00+09', true, false, 'HELD', '2025-02-01'),
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-000000000043', 'SUPPORT_CONFERENCE', '支援会議', '2024-07-15 14:00+09', false, false, 'HELD', '2024-07-15'),
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-000000000044', 'CASE_CONFERENCE', 'ケース会議', '2025-03-20 14:00+09', false, false, 'SCHEDULED', NULL),
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-000000000045', 'MULTI_LAYERED', '重層的支援会議3', '2025-04-01 14:00+09', true, false, 'HELD', '2025-04-01');
INSERT INTO meeting_agenda_item (tenant_id, meeting_id, id, person_id, role)
SELECT '6f000000-0000-4000-8000-000000000000', ('6f000000-0000-4000-8000-0000000000' || m)::uuid, gen_random_uuid(),
       ('6f000000-0000-4000-8000-0000000000' || p)::uuid, r
  FROM (VALUES ('41', '11', 'A'), ('41', '12', 'A'), ('42', '16', 'B'), ('42', '11', 'C'), ('43', '13', 'A'),
               ('44', '14', 'A'), ('45', '17', 'A')) AS i(m, p, r);

-- Outreach: O1 reaches 相談につながる in the year, O2 is only known, O3 moved to 支援へ, O4 closed before it.
INSERT INTO outreach_record (tenant_id, id, person_id, holder_agency, source, known_on, stage, closed_on, created_by) VALUES
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-000000000051', '6f000000-0000-4000-8000-000000000018', '6f000000-0000-4000-8000-00000000000f', 'WELFARE_COMMISSIONER', '2024-05-01', 'CONSULTING', NULL, gen_random_uuid()),
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-000000000052', '6f000000-0000-4000-8000-000000000019', '6f000000-0000-4000-8000-00000000000f', 'NEIGHBOUR', '2024-11-01', 'KNOWN', NULL, gen_random_uuid()),
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-000000000053', '6f000000-0000-4000-8000-00000000001a', '6f000000-0000-4000-8000-00000000000f', 'AGENCY', '2023-06-01', 'SUPPORT', NULL, gen_random_uuid()),
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-000000000054', '6f000000-0000-4000-8000-00000000001b', '6f000000-0000-4000-8000-00000000000f', 'FAMILY', '2022-01-01', 'KNOWN', '2023-12-01', gen_random_uuid());
INSERT INTO outreach_stage_change (tenant_id, record_id, changed_on, from_stage, to_stage, reason, recorded_by)
SELECT '6f000000-0000-4000-8000-000000000000', ('6f000000-0000-4000-8000-0000000000' || r)::uuid, d, f, t, '試験', gen_random_uuid()
  FROM (VALUES ('51', DATE '2024-05-01', NULL, 'KNOWN'), ('51', DATE '2024-07-01', 'KNOWN', 'CONTACTED'),
               ('51', DATE '2024-10-01', 'CONTACTED', 'RELATIONSHIP'), ('51', DATE '2025-01-10', 'RELATIONSHIP', 'CONSULTING'),
               ('52', DATE '2024-11-01', NULL, 'KNOWN'),
               ('53', DATE '2023-06-01', NULL, 'KNOWN'), ('53', DATE '2023-08-01', 'KNOWN', 'CONTACTED'),
               ('53', DATE '2024-11-01', 'CONTACTED', 'CONSULTING'), ('53', DATE '2024-12-01', 'CONSULTING', 'SUPPORT'),
               ('54', DATE '2022-01-01', NULL, 'KNOWN')) AS s(r, d, f, t);
INSERT INTO outreach_attempt (tenant_id, record_id, id, attempted_on, method, contact_made, result, recorded_by)
SELECT '6f000000-0000-4000-8000-000000000000', ('6f000000-0000-4000-8000-0000000000' || r)::uuid, gen_random_uuid(), d, 'VISIT', c, '試験', gen_random_uuid()
  FROM (VALUES ('51', DATE '2024-06-01', false), ('51', DATE '2024-07-01', true), ('51', DATE '2024-09-01', true),
               ('52', DATE '2024-12-01', false), ('53', DATE '2025-04-01', true)) AS a(r, d, c);

-- 参加支援: three placements started in the year (定着, 利用中, 提案 on 2025-03-31), one on 2025-04-01.
INSERT INTO participation_host (tenant_id, id, name, kind, area) VALUES
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-000000000061', '試験農園', 'FARM', '北部');
INSERT INTO participation_menu (tenant_id, id, host_id, kind, title, tasks, days, area, capacity) VALUES
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-000000000062', '6f000000-0000-4000-8000-000000000061', 'WORK', '畑作業', '収穫', '{MON}', '北部', 5);
INSERT INTO participation_placement (tenant_id, id, person_id, case_id, menu_id, host_id, status, start_on, active_since, early_start, created_by)
SELECT '6f000000-0000-4000-8000-000000000000', ('6f000000-0000-4000-8000-0000000000' || i)::uuid, ('6f000000-0000-4000-8000-0000000000' || p)::uuid,
       ('6f000000-0000-4000-8000-0000000000' || c)::uuid, '6f000000-0000-4000-8000-000000000062', '6f000000-0000-4000-8000-000000000061',
       s, d, a, false, gen_random_uuid()
  FROM (VALUES ('63', '11', '31', 'SETTLED', DATE '2024-09-01', DATE '2024-09-15'), ('64', '12', '31', 'ACTIVE', DATE '2024-10-01', DATE '2024-10-20'),
               ('65', '14', '34', 'PROPOSED', DATE '2025-03-31', NULL), ('66', '13', '32', 'TRIAL', DATE '2025-04-01', NULL)) AS pl(i, p, c, s, d, a);
INSERT INTO participation_follow_up (tenant_id, id, placement_id, kind, due_on, state, done_on) VALUES
 ('6f000000-0000-4000-8000-000000000000', gen_random_uuid(), '6f000000-0000-4000-8000-000000000063', 'SETTLING', '2024-09-22', 'DONE', '2024-09-22'),
 ('6f000000-0000-4000-8000-000000000000', gen_random_uuid(), '6f000000-0000-4000-8000-000000000063', 'SETTLING', '2024-10-15', 'DONE', '2024-10-15'),
 ('6f000000-0000-4000-8000-000000000000', gen_random_uuid(), '6f000000-0000-4000-8000-000000000064', 'SETTLING', '2024-10-27', 'PLANNED', NULL);

-- 地域づくり: two issues raised in the year (one resolved), one on 2025-04-01, one from 2023 declined in the year;
-- events on 2024-07-07 and 2025-03-31 in the year, one on 2025-04-01.
INSERT INTO community_hub (tenant_id, id, program, name, operator, serves) VALUES
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-000000000071', 'LIVING_SUPPORT_SYSTEM', '試験の通いの場', '社協', 'MULTI_GENERATIONAL');
INSERT INTO community_issue (tenant_id, id, title, status, raised_by, raised_on, resource_name) VALUES
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-000000000072', '移動手段がない', 'RAISED', 'CONFERENCE', '2024-06-01', NULL),
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-000000000073', '居場所がない', 'RESOURCE_CREATED', 'COORDINATOR', '2024-09-01', '試験の居場所'),
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-000000000074', '買い物が難しい', 'RAISED', 'OTHER', '2025-04-01', NULL),
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-000000000075', '古い課題', 'DECLINED', 'OTHER', '2023-05-01', NULL);
INSERT INTO community_issue_status_change (tenant_id, issue_id, id, from_status, to_status, changed_on, changed_by) VALUES
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-000000000073', gen_random_uuid(), 'RAISED', 'RESOURCE_CREATED', '2025-03-01', gen_random_uuid()),
 ('6f000000-0000-4000-8000-000000000000', '6f000000-0000-4000-8000-000000000075', gen_random_uuid(), 'RAISED', 'DECLINED', '2024-05-01', gen_random_uuid());
INSERT INTO community_event (tenant_id, id, title, kind, held_on, hub_id, children, youth, working_age, seniors) VALUES
 ('6f000000-0000-4000-8000-000000000000', gen_random_uuid(), '夏の交流会', 'EXCHANGE', '2024-07-07', '6f000000-0000-4000-8000-000000000071', 5, 1, 2, 10),
 ('6f000000-0000-4000-8000-000000000000', gen_random_uuid(), '介護予防の学習会', 'WORKSHOP', '2025-03-31', '6f000000-0000-4000-8000-000000000071', 0, 0, 0, 1),
 ('6f000000-0000-4000-8000-000000000000', gen_random_uuid(), '春の交流会', 'EXCHANGE', '2025-04-01', '6f000000-0000-4000-8000-000000000071', 3, 3, 3, 3);

-- Accounts of the fixed town (the demo password's hash is copied by the test).
