-- Audit entries are chained by a keyed MAC (HMAC-SHA256) whose key lives outside the database; each entry
-- names the key it was made with. Entries written before this migration keep key_id NULL and stay verifiable
-- as the old unkeyed SHA-256 chain: the first keyed entry (or a checkpoint taken before it) anchors them.
-- Adding a nullable column rewrites no row, so the append-only trigger is not involved.
ALTER TABLE audit_entry ADD COLUMN key_id text;

-- The checkpoint job records every tenant's chain head outside the database. It needs the list of tenants
-- that have a chain, before any tenant is known (row-level security): ids only, no personal data.
CREATE FUNCTION audit_chain_tenants() RETURNS SETOF uuid
	LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
	SELECT tenant_id FROM audit_chain_head WHERE last_seq > 0 ORDER BY tenant_id
$$;
