-- 地域づくり (別添4, 別記2): hubs of the five 地域づくり事業, platforms with their members and meetings,
-- coordinators, events with participants by generation, and the 地域課題 register.
CREATE TABLE community_hub (
	tenant_id     uuid NOT NULL REFERENCES tenant (id),
	id            uuid NOT NULL,
	program       text NOT NULL CHECK (program IN ('CARE_PREVENTION_ACTIVITY', 'LIVING_SUPPORT_SYSTEM',
	                                    'COMMUNITY_ACTIVITY_SUPPORT_CENTER', 'CHILD_REARING_SUPPORT_HUB', 'NEEDY_COMMUNITY_BUILDING')),
	name          text NOT NULL,
	operator      text NOT NULL,
	area          text,
	serves        text NOT NULL CHECK (serves IN ('ELDERLY', 'DISABILITY', 'CHILDREN', 'NEEDY', 'MULTI_GENERATIONAL')),
	open_to_other_generations boolean NOT NULL DEFAULT false,
	schedule      text,
	place_id      uuid, -- a place of the directory, without a foreign key (the directory is another module)
	note          text,
	version       integer NOT NULL DEFAULT 0,
	created_at    timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (tenant_id, id)
);

CREATE TABLE community_platform (
	tenant_id  uuid NOT NULL REFERENCES tenant (id),
	id         uuid NOT NULL,
	name       text NOT NULL,
	area       text,
	purpose    text,
	created_at timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (tenant_id, id)
);

CREATE TABLE community_platform_member (
	tenant_id   uuid NOT NULL,
	platform_id uuid NOT NULL,
	id          uuid NOT NULL,
	name        text NOT NULL,
	kind        text NOT NULL,
	non_welfare boolean NOT NULL,
	created_at  timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (tenant_id, platform_id, id),
	FOREIGN KEY (tenant_id, platform_id) REFERENCES community_platform (tenant_id, id)
);

CREATE TABLE community_platform_meeting (
	tenant_id    uuid NOT NULL,
	platform_id  uuid NOT NULL,
	id           uuid NOT NULL,
	held_on      date NOT NULL,
	theme        text NOT NULL,
	participants integer NOT NULL CHECK (participants >= 0),
	notes        text,
	PRIMARY KEY (tenant_id, platform_id, id),
	FOREIGN KEY (tenant_id, platform_id) REFERENCES community_platform (tenant_id, id)
);
CREATE UNIQUE INDEX community_platform_meeting_id ON community_platform_meeting (tenant_id, id);

CREATE TABLE community_coordinator (
	tenant_id   uuid NOT NULL REFERENCES tenant (id),
	id          uuid NOT NULL,
	name        text NOT NULL,
	role        text NOT NULL,
	area        text,
	agency_name text NOT NULL,
	created_at  timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (tenant_id, id)
);

CREATE TABLE community_event (
	tenant_id   uuid NOT NULL REFERENCES tenant (id),
	id          uuid NOT NULL,
	title       text NOT NULL,
	kind        text NOT NULL,
	held_on     date NOT NULL,
	hub_id      uuid,
	platform_id uuid,
	children    integer NOT NULL DEFAULT 0 CHECK (children >= 0),
	youth       integer NOT NULL DEFAULT 0 CHECK (youth >= 0),
	working_age integer NOT NULL DEFAULT 0 CHECK (working_age >= 0),
	seniors     integer NOT NULL DEFAULT 0 CHECK (seniors >= 0),
	note        text,
	PRIMARY KEY (tenant_id, id),
	FOREIGN KEY (tenant_id, hub_id) REFERENCES community_hub (tenant_id, id),
	FOREIGN KEY (tenant_id, platform_id) REFERENCES community_platform (tenant_id, id),
	CHECK (hub_id IS NOT NULL OR platform_id IS NOT NULL)
);

-- 地域課題: a shortage of social resources (社会資源の不足), from 提起 to a new resource or 見送り.
CREATE TABLE community_issue (
	tenant_id            uuid NOT NULL REFERENCES tenant (id),
	id                   uuid NOT NULL,
	title                text NOT NULL,
	description          text,
	area                 text,
	status               text NOT NULL CHECK (status IN ('RAISED', 'UNDER_REVIEW', 'DEVELOPING', 'RESOURCE_CREATED', 'DECLINED')),
	raised_by            text NOT NULL CHECK (raised_by IN ('CONFERENCE', 'COORDINATOR', 'PLATFORM_MEETING', 'OTHER')),
	coordinator_id       uuid,
	platform_meeting_id  uuid,
	raised_on            date NOT NULL,
	resource_name        text,
	resource_description text,
	version              integer NOT NULL DEFAULT 0,
	created_at           timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (tenant_id, id),
	FOREIGN KEY (tenant_id, coordinator_id) REFERENCES community_coordinator (tenant_id, id),
	FOREIGN KEY (tenant_id, platform_meeting_id) REFERENCES community_platform_meeting (tenant_id, id),
	CHECK (status <> 'RESOURCE_CREATED' OR resource_name IS NOT NULL)
);
CREATE INDEX community_issue_status ON community_issue (tenant_id, status);

-- Every conference decision (agenda role C) that raised the issue; a decision joins one issue only.
CREATE TABLE community_issue_conference (
	tenant_id     uuid NOT NULL,
	issue_id      uuid NOT NULL,
	decision_id   uuid NOT NULL,
	meeting_id    uuid NOT NULL,
	meeting_title text NOT NULL,
	raised_on     date,
	case_id       uuid,
	text          text NOT NULL,
	linked_by     uuid NOT NULL,
	linked_at     timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (tenant_id, issue_id, decision_id),
	FOREIGN KEY (tenant_id, issue_id) REFERENCES community_issue (tenant_id, id),
	FOREIGN KEY (tenant_id, meeting_id) REFERENCES meeting (tenant_id, id),
	FOREIGN KEY (tenant_id, case_id) REFERENCES support_case (tenant_id, id)
);
CREATE UNIQUE INDEX community_issue_conference_decision ON community_issue_conference (tenant_id, decision_id);

CREATE TABLE community_issue_status_change (
	tenant_id   uuid NOT NULL,
	issue_id    uuid NOT NULL,
	id          uuid NOT NULL,
	from_status text,
	to_status   text NOT NULL,
	changed_on  date NOT NULL,
	changed_by  uuid NOT NULL,
	note        text,
	changed_at  timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (tenant_id, issue_id, id),
	FOREIGN KEY (tenant_id, issue_id) REFERENCES community_issue (tenant_id, id)
);

SELECT isolate_by_tenant('community_hub', 'community_platform', 'community_platform_member', 'community_platform_meeting',
	'community_coordinator', 'community_event', 'community_issue', 'community_issue_conference',
	'community_issue_status_change');
