-- 社会資源・居場所のディレクトリ: places and services of the town, the areas they serve, and their
-- recurring schedules (close to HSDS 3 `schedule`: freq, byday, ordinal, opens_at, closes_at).

CREATE TABLE directory_area (
	tenant_id uuid NOT NULL REFERENCES tenant (id),
	id        uuid NOT NULL,
	name      text NOT NULL,
	level     text NOT NULL CHECK (level IN ('ELEMENTARY_SCHOOL', 'JUNIOR_HIGH_SCHOOL', 'DAILY_LIFE')),
	PRIMARY KEY (tenant_id, id),
	UNIQUE (tenant_id, name)
);

CREATE TABLE directory_place (
	tenant_id     uuid NOT NULL REFERENCES tenant (id),
	id            uuid NOT NULL,
	name          text NOT NULL,
	kind          text NOT NULL,
	operator_name text NOT NULL,
	description   text,
	targets       text[] NOT NULL,
	postal_code   text,
	address       text,
	confidential  boolean NOT NULL DEFAULT false,
	capacity      integer CHECK (capacity IS NULL OR capacity > 0),
	cost          text,
	accessibility text,
	phone         text,
	email         text,
	url           text,
	-- name, description and operator folded for matching (NFKC, ひらがな→カタカナ, lower case)
	search_text   text NOT NULL,
	updated_at    timestamptz NOT NULL DEFAULT now(),
	version       integer NOT NULL DEFAULT 0,
	PRIMARY KEY (tenant_id, id)
);
CREATE INDEX directory_place_words ON directory_place USING gin (search_text gin_trgm_ops);

CREATE TABLE directory_place_area (
	tenant_id uuid NOT NULL,
	place_id  uuid NOT NULL,
	area_id   uuid NOT NULL,
	PRIMARY KEY (tenant_id, place_id, area_id),
	FOREIGN KEY (tenant_id, place_id) REFERENCES directory_place (tenant_id, id) ON DELETE CASCADE,
	FOREIGN KEY (tenant_id, area_id) REFERENCES directory_area (tenant_id, id)
);
CREATE INDEX directory_place_area_area ON directory_place_area (tenant_id, area_id);

CREATE TABLE directory_schedule (
	tenant_id uuid NOT NULL,
	id        uuid NOT NULL,
	place_id  uuid NOT NULL,
	sort      integer NOT NULL,
	freq      text NOT NULL CHECK (freq IN ('WEEKLY', 'MONTHLY')),
	byday     text NOT NULL,
	ordinals  integer[] NOT NULL,
	opens_at  time NOT NULL,
	closes_at time NOT NULL CHECK (closes_at > opens_at),
	PRIMARY KEY (tenant_id, id),
	FOREIGN KEY (tenant_id, place_id) REFERENCES directory_place (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX directory_schedule_place ON directory_schedule (tenant_id, place_id, sort);

SELECT isolate_by_tenant('directory_area', 'directory_place', 'directory_place_area', 'directory_schedule');
