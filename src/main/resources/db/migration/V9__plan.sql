-- Support plans (プラン) of a 多機関協働 case: one version per (re-)plan, adopted only through a conference.
CREATE TABLE support_plan (
	tenant_id        uuid NOT NULL REFERENCES tenant (id),
	id               uuid NOT NULL,
	case_id          uuid NOT NULL,
	version_no       integer NOT NULL,
	status           text NOT NULL CHECK (status IN ('DRAFT', 'ADOPTED', 'SUPERSEDED')),
	person_goals     text NOT NULL,
	policy           text NOT NULL,
	monitoring_dates date[] NOT NULL DEFAULT '{}',
	adopted_decision uuid,
	adopted_on       date,
	row_version      integer NOT NULL DEFAULT 0,
	PRIMARY KEY (tenant_id, id),
	FOREIGN KEY (tenant_id, case_id) REFERENCES support_case (tenant_id, id),
	UNIQUE (tenant_id, case_id, version_no)
);
-- At most one draft per case at a time.
CREATE UNIQUE INDEX support_plan_one_draft ON support_plan (tenant_id, case_id) WHERE status = 'DRAFT';

CREATE TABLE plan_role (
	tenant_id uuid NOT NULL,
	plan_id   uuid NOT NULL,
	agency_id uuid NOT NULL,
	role      text NOT NULL,
	tasks     text,
	PRIMARY KEY (tenant_id, plan_id, agency_id),
	FOREIGN KEY (tenant_id, plan_id) REFERENCES support_plan (tenant_id, id),
	FOREIGN KEY (tenant_id, agency_id) REFERENCES agency (tenant_id, id)
);

SELECT isolate_by_tenant('support_plan', 'plan_role');
