-- Conferences: 重層的支援会議, 支援会議 (社会福祉法106条の6), ケース会議, or an existing body reused.
CREATE TABLE meeting (
	tenant_id    uuid NOT NULL REFERENCES tenant (id),
	id           uuid NOT NULL,
	kind         text NOT NULL CHECK (kind IN ('MULTI_LAYERED', 'SUPPORT_CONFERENCE', 'CASE_CONFERENCE', 'REUSED_BODY')),
	title        text NOT NULL,
	reused_body  text,
	time_split   text,
	scheduled_at timestamptz NOT NULL,
	regular      boolean NOT NULL,
	online       boolean NOT NULL,
	status       text NOT NULL CHECK (status IN ('SCHEDULED', 'HELD', 'CANCELLED')),
	held_on      date,
	minutes      text,
	version      integer NOT NULL DEFAULT 0,
	PRIMARY KEY (tenant_id, id)
);

CREATE TABLE meeting_agency (
	tenant_id  uuid NOT NULL,
	meeting_id uuid NOT NULL,
	agency_id  uuid NOT NULL,
	invited    boolean NOT NULL,
	attended   boolean NOT NULL DEFAULT false,
	PRIMARY KEY (tenant_id, meeting_id, agency_id),
	FOREIGN KEY (tenant_id, meeting_id) REFERENCES meeting (tenant_id, id),
	FOREIGN KEY (tenant_id, agency_id) REFERENCES agency (tenant_id, id)
);

CREATE TABLE meeting_agenda_item (
	tenant_id  uuid NOT NULL,
	meeting_id uuid NOT NULL,
	id         uuid NOT NULL,
	person_id  uuid NOT NULL,
	case_id    uuid,
	role       text NOT NULL CHECK (role IN ('A', 'B', 'C')),
	note       text,
	PRIMARY KEY (tenant_id, meeting_id, id),
	FOREIGN KEY (tenant_id, meeting_id) REFERENCES meeting (tenant_id, id),
	FOREIGN KEY (tenant_id, person_id) REFERENCES person (tenant_id, id)
);

CREATE TABLE meeting_decision (
	tenant_id      uuid NOT NULL,
	meeting_id     uuid NOT NULL,
	id             uuid NOT NULL,
	agenda_item_id uuid NOT NULL,
	case_id        uuid,
	type           text,
	text           text NOT NULL,
	PRIMARY KEY (tenant_id, meeting_id, id),
	FOREIGN KEY (tenant_id, meeting_id) REFERENCES meeting (tenant_id, id)
);
CREATE UNIQUE INDEX meeting_decision_id ON meeting_decision (tenant_id, id);

-- 守秘義務の誓約 of a 支援会議 member (社会福祉法106条の6第5項).
CREATE TABLE meeting_pledge (
	tenant_id  uuid NOT NULL,
	meeting_id uuid NOT NULL,
	user_id    uuid NOT NULL,
	signed_at  timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (tenant_id, meeting_id, user_id),
	FOREIGN KEY (tenant_id, meeting_id) REFERENCES meeting (tenant_id, id)
);

SELECT isolate_by_tenant('meeting', 'meeting_agency', 'meeting_agenda_item', 'meeting_decision', 'meeting_pledge');
