-- 実施主体 (implementing bodies), 支援関係機関 (agencies) and user accounts.
-- Every key starts with tenant_id so tables can be distributed by tenant.
CREATE TABLE tenant (
	id                uuid PRIMARY KEY,
	kind              text NOT NULL CHECK (kind IN ('MUNICIPALITY', 'PREFECTURE', 'APPROVED_ORGANIZATION')),
	name              text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
	municipality_code char(6) UNIQUE,
	created_at        timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE agency (
	tenant_id       uuid NOT NULL REFERENCES tenant (id),
	id              uuid NOT NULL,
	name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
	kind            text NOT NULL,
	fields          text[] NOT NULL CHECK (cardinality(fields) > 0),
	hub_type        text CHECK (hub_type IN ('BASIC', 'INTEGRATED', 'COMMUNITY')),
	contracted      boolean NOT NULL DEFAULT false,
	contractor_name text,
	address         text,
	phone           text,
	active          boolean NOT NULL DEFAULT true,
	version         integer NOT NULL DEFAULT 0,
	PRIMARY KEY (tenant_id, id),
	CHECK (contracted = (contractor_name IS NOT NULL))
);

CREATE TABLE app_user (
	tenant_id       uuid NOT NULL REFERENCES tenant (id),
	id              uuid NOT NULL,
	username        text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{3,40}$'),
	display_name    text NOT NULL,
	agency_id       uuid NOT NULL,
	roles           text[] NOT NULL CHECK (cardinality(roles) > 0),
	password_hash   text NOT NULL,
	enabled         boolean NOT NULL DEFAULT true,
	failed_logins   integer NOT NULL DEFAULT 0,
	locked_until    timestamptz,
	version         integer NOT NULL DEFAULT 0,
	PRIMARY KEY (tenant_id, id),
	FOREIGN KEY (tenant_id, agency_id) REFERENCES agency (tenant_id, id)
);

ALTER TABLE tenant ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenant USING (id = current_tenant());

SELECT isolate_by_tenant('agency', 'app_user');


-- Sign-in happens before a tenant is known: these functions, owned by the schema owner, are the
-- only way round row-level security, and they return or change only the account being signed in.
CREATE FUNCTION auth_find_user(p_username text)
	RETURNS TABLE (tenant_id uuid, id uuid, username text, display_name text, agency_id uuid,
	               agency_name text, roles text[], password_hash text, enabled boolean, locked_until timestamptz)
	LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
	SELECT u.tenant_id, u.id, u.username, u.display_name, u.agency_id, a.name, u.roles, u.password_hash,
	       u.enabled AND a.active, u.locked_until
	  FROM app_user u JOIN agency a ON a.tenant_id = u.tenant_id AND a.id = u.agency_id
	 WHERE u.username = p_username
$$;

CREATE FUNCTION auth_record_failure(p_username text, p_max integer, p_lock interval) RETURNS void
	LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
	UPDATE app_user
	   SET failed_logins = failed_logins + 1,
	       locked_until = CASE WHEN failed_logins + 1 >= p_max THEN now() + p_lock ELSE locked_until END
	 WHERE username = p_username
$$;

CREATE FUNCTION auth_record_success(p_username text) RETURNS void
	LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
	UPDATE app_user SET failed_logins = 0, locked_until = NULL
	 WHERE username = p_username AND (failed_logins > 0 OR locked_until IS NOT NULL)
$$;

-- Creating a tenant is a provisioning step (demo town, operator), not a tenant-scoped action.
CREATE FUNCTION provision_tenant(p_id uuid, p_kind text, p_name text, p_code text) RETURNS void
	LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
	INSERT INTO tenant (id, kind, name, municipality_code) VALUES (p_id, p_kind, p_name, p_code)
$$;

CREATE FUNCTION find_tenant_by_code(p_code text) RETURNS SETOF uuid
	LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
	SELECT id FROM tenant WHERE municipality_code = p_code
$$;
