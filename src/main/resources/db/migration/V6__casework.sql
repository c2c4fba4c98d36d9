-- The 多機関協働 case (別添5 1(3)): state, people, timeline (支援経過記録), contact attempts, 支援決定.
CREATE TABLE support_case (
	tenant_id        uuid NOT NULL REFERENCES tenant (id),
	id               uuid NOT NULL,
	household_id     uuid,
	referrer_agency  uuid NOT NULL,
	state            text NOT NULL,
	lead_agency      uuid,
	follow_up        text,
	opened_on        date NOT NULL,
	version          integer NOT NULL DEFAULT 0,
	PRIMARY KEY (tenant_id, id),
	FOREIGN KEY (tenant_id, referrer_agency) REFERENCES agency (tenant_id, id)
);

CREATE TABLE case_person (
	tenant_id uuid NOT NULL,
	case_id   uuid NOT NULL,
	person_id uuid NOT NULL,
	PRIMARY KEY (tenant_id, case_id, person_id),
	FOREIGN KEY (tenant_id, case_id) REFERENCES support_case (tenant_id, id),
	FOREIGN KEY (tenant_id, person_id) REFERENCES person (tenant_id, id)
);

CREATE TABLE case_event (
	tenant_id   uuid NOT NULL,
	case_id     uuid NOT NULL,
	seq         bigserial,
	at          timestamptz NOT NULL,
	user_id     uuid NOT NULL,
	kind        text NOT NULL,
	from_state  text,
	to_state    text,
	decision_id uuid,
	note        text,
	PRIMARY KEY (tenant_id, case_id, seq),
	FOREIGN KEY (tenant_id, case_id) REFERENCES support_case (tenant_id, id)
);

CREATE TABLE case_contact_attempt (
	tenant_id    uuid NOT NULL,
	case_id      uuid NOT NULL,
	id           uuid NOT NULL,
	attempted_on date NOT NULL,
	method       text NOT NULL,
	result       text NOT NULL,
	PRIMARY KEY (tenant_id, case_id, id),
	FOREIGN KEY (tenant_id, case_id) REFERENCES support_case (tenant_id, id)
);

CREATE TABLE support_decision (
	tenant_id    uuid NOT NULL,
	case_id      uuid NOT NULL,
	id           uuid NOT NULL,
	program      text NOT NULL CHECK (program IN ('PARTICIPATION', 'OUTREACH')),
	decided_on   date NOT NULL,
	decided_by   uuid NOT NULL,
	conference_decision uuid,
	early_start  boolean NOT NULL,
	reason       text NOT NULL,
	PRIMARY KEY (tenant_id, case_id, id),
	FOREIGN KEY (tenant_id, case_id) REFERENCES support_case (tenant_id, id)
);

SELECT isolate_by_tenant('support_case', 'case_person', 'case_event', 'case_contact_attempt', 'support_decision');
