-- The facts the program rules need (issue 5): the municipality's population figures on the tenant settings page,
-- and the few numbers of a 地域活動支援センター / 地域子育て支援拠点 hub that its standard is judged by.
-- All nullable: a missing fact makes the page ask for it, never an error.

CREATE TABLE tenant_program_facts (
	tenant_id        uuid NOT NULL REFERENCES tenant (id),
	population       integer CHECK (population >= 1),        -- 人口（令和3年1月1日時点）: 新たな機能分の補助基準額
	child_population integer CHECK (child_population >= 0),  -- 18歳未満人口（児童人口）: こども家庭センターの類型
	support_plans    integer CHECK (support_plans >= 0),     -- サポートプランの件数（年間）: サポートプラン作成支援員
	updated_at       timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (tenant_id)
);

ALTER TABLE community_hub
	ADD COLUMN daily_users          numeric(8, 1) CHECK (daily_users >= 0),          -- 1日当たりの実利用人員（地域活動支援センター）
	ADD COLUMN full_time_staff      integer CHECK (full_time_staff >= 0),            -- 常勤の職員
	ADD COLUMN dedicated_staff      integer CHECK (dedicated_staff >= 0),            -- 専任の職員
	ADD COLUMN consultation_support boolean,                                         -- 相談支援事業を併せて実施
	ADD COLUMN track_record_years   integer CHECK (track_record_years >= 0),         -- 障害者団体等の実績年数
	ADD COLUMN hub_form             text CHECK (hub_form IN ('GENERAL', 'COOPERATIVE', 'POP_UP', 'SMALL_DESIGNATED')), -- 拠点の実施形態
	ADD COLUMN days_per_week        integer CHECK (days_per_week BETWEEN 0 AND 7),   -- 週の開設日数
	ADD COLUMN hours_per_day        numeric(4, 1) CHECK (hours_per_day BETWEEN 0 AND 24), -- 1日の開設時間
	ADD COLUMN staff                integer CHECK (staff >= 0),                      -- 職員（専任・非常勤可）の数
	ADD COLUMN lectures_per_month   integer CHECK (lectures_per_month >= 0),         -- 講習等の月の回数
	ADD COLUMN activities           integer CHECK (activities BETWEEN 0 AND 3);      -- a～cの取組の数（小規模型指定施設）

SELECT isolate_by_tenant('tenant_program_facts');
