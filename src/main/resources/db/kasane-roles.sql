-- Kasane's two database roles. Run as a superuser in Kasane's database before its first start; running it
-- again changes nothing. Then give each role its password (psql: \password kasane_owner, \password kasane_app).
DO $$
BEGIN
	IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kasane_owner') THEN
		CREATE ROLE kasane_owner;
	END IF;
	IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kasane_app') THEN
		CREATE ROLE kasane_app;
	END IF;
END
$$;
-- The schema owner: Flyway migrates as it. BYPASSRLS so that the sign-in functions (SECURITY DEFINER) and
-- data migrations see every tenant although the tables FORCE row-level security.
ALTER ROLE kasane_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION BYPASSRLS;
-- The requests' login: row-level security applies to it, and it is a member of no role, so SET ROLE,
-- RESET ROLE and SET SESSION AUTHORIZATION cannot take it anywhere else.
ALTER ROLE kasane_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT;
-- The migrations grant kasane_app to their own user (V1): the owner may, the app may not take the owner.
GRANT kasane_app TO kasane_owner WITH ADMIN OPTION;
ALTER SCHEMA public OWNER TO kasane_owner;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
ALTER DEFAULT PRIVILEGES FOR ROLE kasane_owner IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO kasane_app;
ALTER DEFAULT PRIVILEGES FOR ROLE kasane_owner IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO kasane_app;
-- A database of an earlier version (one superuser login for everything): hand its objects to the owner.
DO $$
DECLARE
	object record;
BEGIN
	FOR object IN
		SELECT format('ALTER %s %s OWNER TO kasane_owner', CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW'
				WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, c.oid::regclass) AS statement
		  FROM pg_class c
		 WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
		   AND c.relowner <> 'kasane_owner'::regrole
		   AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('e', 'a', 'i'))
		UNION ALL
		SELECT format('ALTER ROUTINE %s OWNER TO kasane_owner', p.oid::regprocedure)
		  FROM pg_proc p
		 WHERE p.pronamespace = 'public'::regnamespace AND p.proowner <> 'kasane_owner'::regrole
		   AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
		UNION ALL
		SELECT format('ALTER TYPE %s OWNER TO kasane_owner', t.oid::regtype)
		  FROM pg_type t
		 WHERE t.typnamespace = 'public'::regnamespace AND t.typowner <> 'kasane_owner'::regrole AND t.typtype IN ('e', 'd', 'r')
		   AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
	LOOP
		EXECUTE object.statement;
	END LOOP;
END
$$;
