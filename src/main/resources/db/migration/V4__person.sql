-- People (住民) and households (世帯) with membership history, and why each agency may see a person.
CREATE TABLE person (
	tenant_id            uuid NOT NULL REFERENCES tenant (id),
	id                   uuid NOT NULL,
	family_name          text NOT NULL,
	given_name           text NOT NULL,
	family_kana          text NOT NULL,
	given_kana           text NOT NULL,
	name_key             text NOT NULL,
	kana_key             text NOT NULL,
	birth_date           date,
	sex                  text,
	postal_code          text,
	address              text,
	phone                text,
	safe_contact_note    text,
	registered_by_agency uuid NOT NULL,
	created_at           timestamptz NOT NULL DEFAULT now(),
	updated_at           timestamptz NOT NULL DEFAULT now(),
	version              integer NOT NULL DEFAULT 0,
	PRIMARY KEY (tenant_id, id),
	FOREIGN KEY (tenant_id, registered_by_agency) REFERENCES agency (tenant_id, id)
);
CREATE INDEX person_name_key ON person USING gin (name_key gin_trgm_ops);
CREATE INDEX person_kana_key ON person USING gin (kana_key gin_trgm_ops);
CREATE INDEX person_birth ON person (tenant_id, birth_date);

-- Why an agency may see a person: it registered them, the person's consent names it, or a later
-- module (referral, conference) granted it. Rows are removed when the reason ends; a reason with an
-- end date (a consent's 有効期限) stops counting after that day without any job having to run.
CREATE TABLE person_access (
	tenant_id  uuid NOT NULL,
	person_id  uuid NOT NULL,
	agency_id  uuid NOT NULL,
	reason     text NOT NULL CHECK (reason IN ('REGISTERED', 'CONSENT', 'GRANTED')),
	source_ref text NOT NULL DEFAULT '',
	granted_at timestamptz NOT NULL DEFAULT now(),
	valid_until date,
	PRIMARY KEY (tenant_id, person_id, agency_id, reason, source_ref),
	FOREIGN KEY (tenant_id, person_id) REFERENCES person (tenant_id, id),
	FOREIGN KEY (tenant_id, agency_id) REFERENCES agency (tenant_id, id)
);
CREATE INDEX person_access_agency ON person_access (tenant_id, agency_id, person_id);

CREATE TABLE household (
	tenant_id   uuid NOT NULL REFERENCES tenant (id),
	id          uuid NOT NULL,
	label       text NOT NULL,
	postal_code text,
	address     text,
	created_at  timestamptz NOT NULL DEFAULT now(),
	version     integer NOT NULL DEFAULT 0,
	PRIMARY KEY (tenant_id, id)
);

CREATE TABLE household_member (
	tenant_id    uuid NOT NULL,
	id           uuid NOT NULL,
	household_id uuid NOT NULL,
	person_id    uuid NOT NULL,
	relationship text NOT NULL,
	joined_on    date NOT NULL,
	left_on      date,
	left_reason  text,
	PRIMARY KEY (tenant_id, id),
	FOREIGN KEY (tenant_id, household_id) REFERENCES household (tenant_id, id),
	FOREIGN KEY (tenant_id, person_id) REFERENCES person (tenant_id, id),
	CHECK (left_on IS NULL OR left_on >= joined_on)
);
-- A person lives in one household at a time.
CREATE UNIQUE INDEX household_member_current ON household_member (tenant_id, person_id) WHERE left_on IS NULL;
CREATE INDEX household_member_household ON household_member (tenant_id, household_id);

SELECT isolate_by_tenant('person', 'person_access', 'household', 'household_member');
