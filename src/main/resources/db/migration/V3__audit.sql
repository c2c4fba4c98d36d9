-- Append-only, hash-chained log of every read and change of personal data (one chain per tenant).
CREATE TABLE audit_entry (
	tenant_id   uuid NOT NULL REFERENCES tenant (id),
	seq         bigint NOT NULL,
	at          timestamptz NOT NULL,
	user_id     uuid,
	username    text NOT NULL,
	agency_id   uuid,
	action      text NOT NULL,
	record_type text NOT NULL,
	record_id   text NOT NULL,
	person_id   uuid,
	basis       text NOT NULL,
	prev_hash   char(64) NOT NULL,
	hash        char(64) NOT NULL,
	PRIMARY KEY (tenant_id, seq)
);
CREATE INDEX audit_entry_person ON audit_entry (tenant_id, person_id, at);
CREATE INDEX audit_entry_user ON audit_entry (tenant_id, username, at);
CREATE INDEX audit_entry_at ON audit_entry (tenant_id, at);

CREATE TABLE audit_chain_head (
	tenant_id uuid PRIMARY KEY REFERENCES tenant (id),
	last_seq  bigint NOT NULL,
	last_hash char(64) NOT NULL
);

-- The application may only add entries; nobody may change or remove them.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM kasane_app;
CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'audit_entry is append-only';
END
$$;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
	FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();

SELECT isolate_by_tenant('audit_entry', 'audit_chain_head');
