-- アウトリーチ等を通じた継続的支援 (別添5 2): people not yet connected to support, how they became known,
-- what was gathered, every attempt to reach them and the stage of the relationship, over months or years.
CREATE TABLE outreach_record (
	tenant_id           uuid NOT NULL REFERENCES tenant (id),
	id                  uuid NOT NULL,
	person_id           uuid NOT NULL,
	holder_agency       uuid NOT NULL,
	source              text NOT NULL,
	source_detail       text,
	known_on            date NOT NULL,
	stage               text NOT NULL CHECK (stage IN ('KNOWN', 'CONTACTED', 'RELATIONSHIP', 'CONSULTING', 'SUPPORT')),
	next_contact_on     date,
	case_id             uuid,
	support_decision_id uuid,
	closed_on           date,
	close_reason        text,
	close_note          text,
	created_by          uuid NOT NULL,
	created_at          timestamptz NOT NULL DEFAULT now(),
	version             integer NOT NULL DEFAULT 0,
	PRIMARY KEY (tenant_id, id),
	FOREIGN KEY (tenant_id, person_id) REFERENCES person (tenant_id, id),
	FOREIGN KEY (tenant_id, holder_agency) REFERENCES agency (tenant_id, id)
);
-- One open outreach record per person.
CREATE UNIQUE INDEX outreach_record_open_person ON outreach_record (tenant_id, person_id) WHERE closed_on IS NULL;
CREATE INDEX outreach_record_holder ON outreach_record (tenant_id, holder_agency, next_contact_on);

CREATE TABLE outreach_attempt (
	tenant_id    uuid NOT NULL,
	record_id    uuid NOT NULL,
	id           uuid NOT NULL,
	attempted_on date NOT NULL,
	method       text NOT NULL,
	contact_made boolean NOT NULL,
	result       text NOT NULL,
	recorded_by  uuid NOT NULL,
	created_at   timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (tenant_id, record_id, id),
	FOREIGN KEY (tenant_id, record_id) REFERENCES outreach_record (tenant_id, id)
);

CREATE TABLE outreach_note (
	tenant_id   uuid NOT NULL,
	record_id   uuid NOT NULL,
	id          uuid NOT NULL,
	noted_on    date NOT NULL,
	text        text NOT NULL,
	recorded_by uuid NOT NULL,
	created_at  timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (tenant_id, record_id, id),
	FOREIGN KEY (tenant_id, record_id) REFERENCES outreach_record (tenant_id, id)
);

CREATE TABLE outreach_stage_change (
	tenant_id   uuid NOT NULL,
	record_id   uuid NOT NULL,
	seq         bigserial,
	changed_on  date NOT NULL,
	from_stage  text,
	to_stage    text NOT NULL,
	backwards   boolean NOT NULL DEFAULT false,
	reason      text NOT NULL,
	consent_id  uuid,
	recorded_by uuid NOT NULL,
	PRIMARY KEY (tenant_id, record_id, seq),
	FOREIGN KEY (tenant_id, record_id) REFERENCES outreach_record (tenant_id, id)
);

SELECT isolate_by_tenant('outreach_record', 'outreach_attempt', 'outreach_note', 'outreach_stage_change');
