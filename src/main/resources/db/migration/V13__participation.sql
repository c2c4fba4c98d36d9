-- 参加支援 (別添5 3): host organisations (受け入れ先), their menus, each person's needs, placements with
-- their 定着支援 / つながり続ける follow-ups, and the 謝礼 (実費相当) paid to hosts.
CREATE TABLE participation_host (
	tenant_id     uuid NOT NULL REFERENCES tenant (id),
	id            uuid NOT NULL,
	name          text NOT NULL,
	kind          text NOT NULL,
	contact_name  text,
	phone         text,
	area          text NOT NULL,
	address       text,
	notes         text,
	version       integer NOT NULL DEFAULT 0,
	PRIMARY KEY (tenant_id, id)
);

CREATE TABLE participation_menu (
	tenant_id     uuid NOT NULL,
	id            uuid NOT NULL,
	host_id       uuid NOT NULL,
	kind          text NOT NULL CHECK (kind IN ('PARTICIPATION', 'WORK', 'LEARNING', 'HOUSING')),
	title         text NOT NULL,
	tasks         text NOT NULL,
	conditions    text,
	short_hours   boolean NOT NULL DEFAULT false,
	transport     boolean NOT NULL DEFAULT false,
	remote        boolean NOT NULL DEFAULT false,
	days          text[] NOT NULL,
	hours         text,
	area          text NOT NULL,
	capacity      integer NOT NULL CHECK (capacity > 0),
	interests     text[] NOT NULL DEFAULT '{}',
	place_id      uuid,           -- a place of the directory, if any (no FK: the directory is another module)
	active        boolean NOT NULL DEFAULT true,
	version       integer NOT NULL DEFAULT 0,
	PRIMARY KEY (tenant_id, id),
	FOREIGN KEY (tenant_id, host_id) REFERENCES participation_host (tenant_id, id)
);

CREATE TABLE participation_needs (
	tenant_id       uuid NOT NULL,
	person_id       uuid NOT NULL,
	interests       text[] NOT NULL DEFAULT '{}',
	area            text,
	reachable_areas text[] NOT NULL DEFAULT '{}',
	days            text[] NOT NULL DEFAULT '{}',
	short_hours     boolean NOT NULL DEFAULT false,
	transport       boolean NOT NULL DEFAULT false,
	notes           text,
	updated_on      date NOT NULL,
	PRIMARY KEY (tenant_id, person_id),
	FOREIGN KEY (tenant_id, person_id) REFERENCES person (tenant_id, id)
);

CREATE TABLE participation_placement (
	tenant_id     uuid NOT NULL,
	id            uuid NOT NULL,
	person_id     uuid NOT NULL,
	case_id       uuid NOT NULL,
	menu_id       uuid NOT NULL,
	host_id       uuid NOT NULL,
	status        text NOT NULL CHECK (status IN ('PROPOSED', 'TRIAL', 'ACTIVE', 'SETTLED', 'ENDED')),
	start_on      date NOT NULL,
	active_since  date,
	ended_on      date,
	end_reason    text,
	early_start   boolean NOT NULL,
	created_by    uuid NOT NULL,
	version       integer NOT NULL DEFAULT 0,
	PRIMARY KEY (tenant_id, id),
	FOREIGN KEY (tenant_id, person_id) REFERENCES person (tenant_id, id),
	FOREIGN KEY (tenant_id, case_id) REFERENCES support_case (tenant_id, id),
	FOREIGN KEY (tenant_id, menu_id) REFERENCES participation_menu (tenant_id, id),
	FOREIGN KEY (tenant_id, host_id) REFERENCES participation_host (tenant_id, id)
);
CREATE INDEX participation_placement_person ON participation_placement (tenant_id, person_id);
CREATE INDEX participation_placement_menu ON participation_placement (tenant_id, menu_id);

CREATE TABLE participation_follow_up (
	tenant_id     uuid NOT NULL,
	id            uuid NOT NULL,
	placement_id  uuid NOT NULL,
	kind          text NOT NULL CHECK (kind IN ('SETTLING', 'KEEP_IN_TOUCH')),
	due_on        date NOT NULL,
	state         text NOT NULL CHECK (state IN ('PLANNED', 'DONE', 'CANCELLED')),
	done_on       date,
	with_whom     text CHECK (with_whom IN ('PERSON', 'HOST', 'BOTH')),
	notes         text,
	recorded_by   uuid,
	PRIMARY KEY (tenant_id, id),
	FOREIGN KEY (tenant_id, placement_id) REFERENCES participation_placement (tenant_id, id)
);
CREATE INDEX participation_follow_up_due ON participation_follow_up (tenant_id, state, due_on);

CREATE TABLE participation_honorarium (
	tenant_id     uuid NOT NULL,
	id            uuid NOT NULL,
	placement_id  uuid NOT NULL,
	host_id       uuid NOT NULL,
	amount_yen    integer NOT NULL CHECK (amount_yen > 0),
	period_from   date NOT NULL,
	period_to     date NOT NULL CHECK (period_to >= period_from),
	basis         text NOT NULL,
	recorded_on   date NOT NULL,
	recorded_by   uuid NOT NULL,
	PRIMARY KEY (tenant_id, id),
	FOREIGN KEY (tenant_id, placement_id) REFERENCES participation_placement (tenant_id, id),
	FOREIGN KEY (tenant_id, host_id) REFERENCES participation_host (tenant_id, id)
);

SELECT isolate_by_tenant('participation_host', 'participation_menu', 'participation_needs', 'participation_placement',
	'participation_follow_up', 'participation_honorarium');
