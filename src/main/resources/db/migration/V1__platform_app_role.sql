-- The application works as kasane_app, a role without login, superuser or ownership, so that
-- row-level security applies to it. The schema owner (this migration's user) may SET ROLE to it.
DO $$
BEGIN
	IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kasane_app') THEN
		CREATE ROLE kasane_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
	END IF;
END
$$;
GRANT kasane_app TO CURRENT_USER;
GRANT USAGE ON SCHEMA public TO kasane_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO kasane_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO kasane_app;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The tenant of the current connection, set by the application for every borrowed connection.
CREATE FUNCTION current_tenant() RETURNS uuid LANGUAGE sql STABLE AS $$
	SELECT nullif(current_setting('kasane.tenant_id', true), '')::uuid
$$;

-- Every table that holds a tenant's data is isolated the same way: only rows of the connection's
-- tenant are visible or writable, for the table owner too (FORCE).
CREATE FUNCTION isolate_by_tenant(VARIADIC tables text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE t text;
BEGIN
	FOREACH t IN ARRAY tables LOOP
		EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
		EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
		EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant())', t);
	END LOOP;
END
$$;
REVOKE EXECUTE ON FUNCTION isolate_by_tenant(text[]) FROM PUBLIC;
