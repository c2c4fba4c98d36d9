-- 居住継続支援体制整備 (別添5 4): the municipality's five prerequisite measures (①) and three setup
-- activities (②), and 居住継続支援 as an element of a 多機関協働 case's plan with its own follow-ups.
CREATE TABLE housing_prerequisites (
	tenant_id  uuid NOT NULL REFERENCES tenant (id),
	version    integer NOT NULL DEFAULT 0,
	updated_at timestamptz,
	updated_by uuid,
	PRIMARY KEY (tenant_id)
);

CREATE TABLE housing_prerequisite_measure (
	tenant_id uuid NOT NULL,
	measure   text NOT NULL CHECK (measure IN ('HOUSING_SUPPORT_WORKER', 'HOUSING_DEPARTMENT_LINKAGE',
	                                           'COMMUNITY_HOUSING_SUPPORT', 'SUPPORT_CORPORATION_LINKAGE',
	                                           'SUPPORT_COUNCIL_PARTICIPATION')),
	done      boolean NOT NULL,
	done_on   date,
	evidence  text,
	PRIMARY KEY (tenant_id, measure),
	FOREIGN KEY (tenant_id) REFERENCES housing_prerequisites (tenant_id),
	CHECK (NOT done OR done_on IS NOT NULL)
);

CREATE TABLE housing_setup_activity (
	tenant_id uuid NOT NULL,
	activity  text NOT NULL CHECK (activity IN ('RESOURCE_MAPPING', 'NETWORK_BUILDING', 'SKILLS_DEVELOPMENT')),
	status    text NOT NULL CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE')),
	note      text,
	PRIMARY KEY (tenant_id, activity),
	FOREIGN KEY (tenant_id) REFERENCES housing_prerequisites (tenant_id)
);

CREATE TABLE housing_support (
	tenant_id            uuid NOT NULL,
	id                   uuid NOT NULL,
	case_id              uuid NOT NULL,
	person_id            uuid NOT NULL,
	complex_needs        boolean NOT NULL,
	continuation_needed  boolean NOT NULL,
	conference_held_on   date NOT NULL,
	conference_decision  uuid,
	situation            text NOT NULL CHECK (situation IN ('PLANNED_MOVE_IN', 'MOVED_IN')),
	move_in_on           date,
	address_note         text,
	support_corporation  text,
	watching             boolean NOT NULL,
	resource_matching    boolean NOT NULL,
	community_ties       boolean NOT NULL,
	content_note         text,
	first_follow_up_on   date NOT NULL,
	started_on           date NOT NULL,
	created_by           uuid NOT NULL,
	created_agency       uuid NOT NULL,
	PRIMARY KEY (tenant_id, id),
	UNIQUE (tenant_id, case_id, person_id),
	FOREIGN KEY (tenant_id, case_id) REFERENCES support_case (tenant_id, id),
	FOREIGN KEY (tenant_id, person_id) REFERENCES person (tenant_id, id),
	CHECK (complex_needs AND continuation_needed),
	CHECK (watching OR resource_matching OR community_ties)
);

CREATE TABLE housing_follow_up (
	tenant_id       uuid NOT NULL,
	support_id      uuid NOT NULL,
	id              uuid NOT NULL,
	held_on         date NOT NULL,
	method          text NOT NULL CHECK (method IN ('VISIT', 'PHONE', 'OFFICE', 'ACCOMPANY', 'VIA_OTHERS')),
	note            text NOT NULL,
	next_on         date NOT NULL,
	recorded_at     timestamptz NOT NULL,
	recorded_by     uuid NOT NULL,
	recorded_agency uuid NOT NULL,
	PRIMARY KEY (tenant_id, support_id, id),
	FOREIGN KEY (tenant_id, support_id) REFERENCES housing_support (tenant_id, id),
	CHECK (next_on > held_on)
);

SELECT isolate_by_tenant('housing_prerequisites', 'housing_prerequisite_measure', 'housing_setup_activity',
                         'housing_support', 'housing_follow_up');
