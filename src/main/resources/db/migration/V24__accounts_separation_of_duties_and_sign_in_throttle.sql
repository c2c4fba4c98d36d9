-- Issue 11, items 4 and 5: two-step grants of resident-reading roles, and sign-in throttling by
-- (account, client address) and by client address instead of a lock that anyone could renew.

-- A resident-reading role (市町村担当課, 多機関協働コーディネーター, 相談支援員) proposed by a system administrator
-- takes effect only when a second person (municipal staff of the tenant, neither proposer nor grantee)
-- confirms it. Rows are never deleted: they are the record of who proposed and who decided.
CREATE TABLE role_grant (
	tenant_id   uuid NOT NULL REFERENCES tenant (id),
	id          uuid NOT NULL,
	user_id     uuid NOT NULL,
	role        text NOT NULL CHECK (role IN ('MUNICIPAL_STAFF', 'COORDINATOR', 'CASEWORKER')),
	status      text NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED', 'REJECTED', 'WITHDRAWN')),
	proposed_by uuid NOT NULL,
	proposed_at timestamptz NOT NULL,
	decided_by  uuid,
	decided_at  timestamptz,
	PRIMARY KEY (tenant_id, id),
	FOREIGN KEY (tenant_id, user_id) REFERENCES app_user (tenant_id, id),
	CHECK ((status = 'PENDING') = (decided_at IS NULL)),
	CHECK (decided_by IS NULL OR decided_by <> user_id),
	CHECK (status <> 'CONFIRMED' OR decided_by <> proposed_by)
);
-- At most one pending proposal of the same role for the same account.
CREATE UNIQUE INDEX role_grant_one_pending ON role_grant (tenant_id, user_id, role) WHERE status = 'PENDING';
SELECT isolate_by_tenant('role_grant');

-- A new account whose only roles are still waiting for confirmation has no role yet.
ALTER TABLE app_user DROP CONSTRAINT app_user_roles_check;

-- Failed sign-ins per (login id as typed, client address), and per client address (username = '').
-- Not tenant data: sign-in happens before a tenant is known, and unknown login ids count too.
-- next_allowed_at is when the next attempt from that address (for that login id) may be checked.
CREATE TABLE sign_in_failure (
	address         text NOT NULL CHECK (length(address) BETWEEN 1 AND 64),
	username        text NOT NULL CHECK (length(username) <= 100),
	failures        integer NOT NULL CHECK (failures >= 0),
	last_failure_at timestamptz NOT NULL,
	next_allowed_at timestamptz NOT NULL,
	PRIMARY KEY (address, username)
);
CREATE INDEX sign_in_failure_username ON sign_in_failure (username);
CREATE INDEX sign_in_failure_last ON sign_in_failure (last_failure_at);

-- The old lock (app_user.failed_logins / locked_until, auth_record_failure) is no longer read or
-- written: the application may not call the function that set it.
REVOKE EXECUTE ON FUNCTION auth_record_failure(text, integer, interval) FROM PUBLIC;
