-- An optimistic version for the municipality's program facts (事業の基礎数値): two people saving at once, the second
-- is told to reload (409 STALE_VERSION) instead of overwriting the first. Existing rows start at version 0, which is
-- also the version of facts not yet entered (no row). The table is already isolated by tenant (V17).
ALTER TABLE tenant_program_facts ADD COLUMN version integer NOT NULL DEFAULT 0;
