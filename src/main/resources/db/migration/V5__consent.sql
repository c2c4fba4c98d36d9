-- Consent (本人同意) per person: scope (purposes, agencies, 重層的支援会議), how obtained, withdrawal.
CREATE TABLE consent (
	tenant_id           uuid NOT NULL,
	id                  uuid NOT NULL,
	person_id           uuid NOT NULL,
	purposes            text[] NOT NULL CHECK (cardinality(purposes) > 0),
	agency_ids          uuid[] NOT NULL CHECK (cardinality(agency_ids) > 0),
	covers_conference   boolean NOT NULL,
	method              text NOT NULL CHECK (method IN ('WRITTEN', 'ORAL')),
	obtained_by_user    uuid NOT NULL,
	obtained_by_name    text NOT NULL,
	obtained_by_agency  uuid NOT NULL,
	obtained_on         date NOT NULL,
	valid_until         date,
	note                text,
	withdrawn_on        date,
	withdrawal_reason   text,
	withdrawn_by_user   uuid,
	created_at          timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (tenant_id, id),
	FOREIGN KEY (tenant_id, person_id) REFERENCES person (tenant_id, id),
	CHECK (valid_until IS NULL OR valid_until >= obtained_on),
	CHECK (withdrawn_on IS NULL OR withdrawn_on >= obtained_on)
);
CREATE INDEX consent_person ON consent (tenant_id, person_id);
SELECT isolate_by_tenant('consent');
