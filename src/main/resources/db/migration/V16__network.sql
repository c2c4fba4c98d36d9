-- Networks around the municipality's support system (no resident data):
-- 法人間連携プラットフォーム (seed 000), 社協–社会福祉法人の連絡会等 (seed 004), and
-- 地域力強化推進事業・相談支援包括化 (seed 003).

-- 000: a platform run by an implementing body over the area it defines.
CREATE TABLE network_platform (
	tenant_id           uuid NOT NULL REFERENCES tenant (id),
	id                  uuid NOT NULL,
	name                text NOT NULL,
	implementing_body   text NOT NULL,
	body_kind           text NOT NULL CHECK (body_kind IN ('PREFECTURE', 'CITY', 'APPROVED_BODY')),
	area                text NOT NULL,
	started_on          date NOT NULL,
	converted_on        date,                -- 社会福祉連携推進法人 established; the platform subsidy ends
	renkei_name         text,
	setup_support_thousand_yen integer CHECK (setup_support_thousand_yen BETWEEN 0 AND 1000),
	version             integer NOT NULL DEFAULT 0,
	created_at          timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (tenant_id, id),
	CHECK ((converted_on IS NULL) = (renkei_name IS NULL))
);

CREATE TABLE network_participant (
	tenant_id   uuid NOT NULL,
	platform_id uuid NOT NULL,
	id          uuid NOT NULL,
	name        text NOT NULL,
	kind        text NOT NULL CHECK (kind IN ('SOCIAL_WELFARE_CORPORATION', 'FOR_PROFIT', 'PUBLIC_INTEREST', 'NPO',
	                                          'NO_LEGAL_PERSONALITY', 'OTHER_CORPORATION', 'TRAINING_INSTITUTION',
	                                          'MEDICAL_INSTITUTION')),
	small       boolean NOT NULL,            -- 小規模法人: runs one facility or office only
	joined_on   date NOT NULL,
	left_on     date,
	created_at  timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (tenant_id, platform_id, id),
	FOREIGN KEY (tenant_id, platform_id) REFERENCES network_platform (tenant_id, id),
	CHECK (left_on IS NULL OR left_on >= joined_on)
);
CREATE UNIQUE INDEX network_participant_id ON network_participant (tenant_id, id);

-- ア–カ of 3(2): one row per activity, with the typed columns its kind needs.
CREATE TABLE network_activity (
	tenant_id      uuid NOT NULL,
	platform_id    uuid NOT NULL,
	id             uuid NOT NULL,
	kind           text NOT NULL CHECK (kind IN ('DISCUSSION', 'COLLABORATION', 'WORKFORCE', 'BACK_OFFICE', 'ICT', 'OTHER')),
	title          text NOT NULL,
	held_on        date NOT NULL,            -- the meeting, the start of the pilot, the training or fair
	stage          text CHECK (stage IN ('DISCUSSION', 'PLANNING', 'METHOD', 'VERIFICATION')),   -- ア
	phase          text CHECK (phase IN ('PLAN', 'TRIAL', 'VERIFIED')),                          -- イ
	category       text,                                                                       -- イ (ア)–(サ)
	workforce_kind text,                                                                       -- ウ (ア)–(キ)
	online         boolean NOT NULL DEFAULT false,
	registered     integer CHECK (registered >= 0),          -- 合同研修
	attended       integer CHECK (attended >= 0),
	lead_id        uuid,                                     -- 人事交流: the sending corporation
	partner_id     uuid,                                     -- 人事交流: the receiving corporation
	lead_agreed_on    date,
	partner_agreed_on date,
	notes          text,
	version        integer NOT NULL DEFAULT 0,
	created_at     timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (tenant_id, platform_id, id),
	FOREIGN KEY (tenant_id, platform_id) REFERENCES network_platform (tenant_id, id),
	FOREIGN KEY (tenant_id, lead_id) REFERENCES network_participant (tenant_id, id),
	FOREIGN KEY (tenant_id, partner_id) REFERENCES network_participant (tenant_id, id),
	CHECK (attended IS NULL OR registered IS NULL OR attended <= registered)
);
CREATE UNIQUE INDEX network_activity_id ON network_activity (tenant_id, id);

-- 広報・合同面接会: applicants and offers of each participating corporation.
CREATE TABLE network_fair_result (
	tenant_id      uuid NOT NULL,
	activity_id    uuid NOT NULL,
	participant_id uuid NOT NULL,
	applicants     integer NOT NULL CHECK (applicants >= 0),
	offers         integer NOT NULL CHECK (offers >= 0),
	PRIMARY KEY (tenant_id, activity_id, participant_id),
	FOREIGN KEY (tenant_id, activity_id) REFERENCES network_activity (tenant_id, id),
	FOREIGN KEY (tenant_id, participant_id) REFERENCES network_participant (tenant_id, id),
	CHECK (offers <= applicants)
);

-- The fiscal years the platform received the subsidy, with the エ/オ add-ons used in each.
CREATE TABLE network_subsidy_year (
	tenant_id          uuid NOT NULL,
	platform_id        uuid NOT NULL,
	fiscal_year        integer NOT NULL,
	amount_thousand_yen integer NOT NULL CHECK (amount_thousand_yen >= 0),
	back_office_add_on boolean NOT NULL,
	ict_add_on         boolean NOT NULL,
	note               text,
	PRIMARY KEY (tenant_id, platform_id, fiscal_year),
	FOREIGN KEY (tenant_id, platform_id) REFERENCES network_platform (tenant_id, id)
);

-- 004: 連絡会等 of 社協 and 社会福祉法人・福祉施設.
CREATE TABLE network_council (
	tenant_id   uuid NOT NULL REFERENCES tenant (id),
	id          uuid NOT NULL,
	name        text NOT NULL,
	level       text NOT NULL CHECK (level IN ('PREFECTURE', 'CITY', 'DAILY_LIFE_AREA')),
	secretariat text NOT NULL,
	founded_on  date,
	purpose     text,
	created_at  timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (tenant_id, id)
);

CREATE TABLE network_council_member (
	tenant_id   uuid NOT NULL,
	council_id  uuid NOT NULL,
	id          uuid NOT NULL,
	name        text NOT NULL,
	kind        text NOT NULL CHECK (kind IN ('SOCIAL_WELFARE_CORPORATION', 'FACILITY', 'SOCIAL_WELFARE_COUNCIL', 'NPO',
	                                          'COMPANY', 'OTHER')),
	corporation text,                        -- for a facility: the corporation that runs it
	created_at  timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (tenant_id, council_id, id),
	FOREIGN KEY (tenant_id, council_id) REFERENCES network_council (tenant_id, id)
);
CREATE UNIQUE INDEX network_council_member_id ON network_council_member (tenant_id, id);

-- 公益的な取組, 災害時協定 and 福祉教育・出前講座・職場体験 of a council, each led by a member.
CREATE TABLE network_council_activity (
	tenant_id      uuid NOT NULL,
	council_id     uuid NOT NULL,
	id             uuid NOT NULL,
	kind           text NOT NULL CHECK (kind IN ('PUBLIC_INTEREST', 'DISASTER_AGREEMENT', 'EDUCATION')),
	title          text NOT NULL,
	member_id      uuid NOT NULL,
	agreement_kind text CHECK (agreement_kind IN ('EVACUATION', 'SUPPLIES', 'DISASTER_VOLUNTEER_CENTER')),
	education_kind text CHECK (education_kind IN ('WELFARE_EDUCATION', 'OUTREACH_LECTURE', 'WORK_EXPERIENCE')),
	dated_on       date NOT NULL,            -- start, conclusion of the agreement, or the event day
	participants   integer CHECK (participants >= 0),
	notes          text,
	created_at     timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (tenant_id, council_id, id),
	FOREIGN KEY (tenant_id, council_id) REFERENCES network_council (tenant_id, id),
	FOREIGN KEY (tenant_id, member_id) REFERENCES network_council_member (tenant_id, id),
	CHECK ((kind = 'DISASTER_AGREEMENT') = (agreement_kind IS NOT NULL)),
	CHECK ((kind = 'EDUCATION') = (education_kind IS NOT NULL))
);
CREATE UNIQUE INDEX network_council_activity_id ON network_council_activity (tenant_id, id);

-- A 公益的な取組 run jointly: the other members that run it with the lead member.
CREATE TABLE network_council_activity_partner (
	tenant_id   uuid NOT NULL,
	activity_id uuid NOT NULL,
	member_id   uuid NOT NULL,
	PRIMARY KEY (tenant_id, activity_id, member_id),
	FOREIGN KEY (tenant_id, activity_id) REFERENCES network_council_activity (tenant_id, id),
	FOREIGN KEY (tenant_id, member_id) REFERENCES network_council_member (tenant_id, id)
);

-- Meetings of this module: a council's meetings, and 相談支援包括化推進会議 (council_id NULL).
CREATE TABLE network_meeting (
	tenant_id    uuid NOT NULL REFERENCES tenant (id),
	id           uuid NOT NULL,
	council_id   uuid,
	kind         text NOT NULL CHECK (kind IN ('REPRESENTATIVES', 'STAFF', 'PROJECT', 'PROMOTION', 'PROMOTION_CASE')),
	held_on      date NOT NULL,
	title        text NOT NULL,
	participants integer NOT NULL CHECK (participants >= 0),
	topics       text,                       -- 推進会議: codes of 003 2(4)ウ (ア)–(オ), comma-separated
	notes        text,
	created_at   timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (tenant_id, id),
	FOREIGN KEY (tenant_id, council_id) REFERENCES network_council (tenant_id, id),
	CHECK ((council_id IS NULL) = (kind IN ('PROMOTION', 'PROMOTION_CASE')))
);

-- 003: 地域力強化推進事業 by fiscal year, whether it covers the whole municipality, and its areas.
CREATE TABLE network_regional_year (
	tenant_id   uuid NOT NULL REFERENCES tenant (id),
	fiscal_year integer NOT NULL,
	whole_municipality boolean NOT NULL,
	version     integer NOT NULL DEFAULT 0,
	PRIMARY KEY (tenant_id, fiscal_year)
);

CREATE TABLE network_regional_area (
	tenant_id   uuid NOT NULL,
	fiscal_year integer NOT NULL,
	id          uuid NOT NULL,
	name        text NOT NULL,
	operator    text,
	hub         text,                        -- 活動拠点 / 丸ごと受け止める場
	created_at  timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (tenant_id, fiscal_year, id),
	FOREIGN KEY (tenant_id, fiscal_year) REFERENCES network_regional_year (tenant_id, fiscal_year),
	UNIQUE (tenant_id, fiscal_year, name)
);

-- 相談支援包括化推進員: staff (not residents), where they are placed and from when.
CREATE TABLE network_promoter (
	tenant_id     uuid NOT NULL REFERENCES tenant (id),
	id            uuid NOT NULL,
	name          text NOT NULL,
	qualification text NOT NULL,
	placed_at     text NOT NULL,
	from_date     date NOT NULL,
	until_date    date,
	created_at    timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (tenant_id, id),
	CHECK (until_date IS NULL OR until_date >= from_date)
);

-- 成果目標 set before the fiscal year, and the 達成度合い reported with the 実績報告.
CREATE TABLE network_goal (
	tenant_id      uuid NOT NULL REFERENCES tenant (id),
	id             uuid NOT NULL,
	fiscal_year    integer NOT NULL,
	program        text NOT NULL CHECK (program IN ('REGIONAL_CAPACITY', 'MULTI_AGENCY')),
	indicator      text NOT NULL,
	target_value   integer NOT NULL CHECK (target_value >= 0),
	unit           text NOT NULL,
	set_on         date NOT NULL,
	achieved_value integer CHECK (achieved_value >= 0),
	achievement    text,
	reported_on    date,
	version        integer NOT NULL DEFAULT 0,
	created_at     timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (tenant_id, id),
	CHECK ((achieved_value IS NULL) = (reported_on IS NULL))
);

SELECT isolate_by_tenant('network_platform', 'network_participant', 'network_activity', 'network_fair_result',
	'network_subsidy_year', 'network_council', 'network_council_member', 'network_council_activity',
	'network_council_activity_partner', 'network_meeting', 'network_regional_year', 'network_regional_area',
	'network_promoter', 'network_goal');
