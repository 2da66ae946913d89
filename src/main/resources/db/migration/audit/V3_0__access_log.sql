-- audit: the NEN 7513 access log. Append-only: the database refuses UPDATE, DELETE and TRUNCATE, and each row
-- carries a SHA-256 hash chained to the row before it, so tampering by someone who gets past the trigger shows.
CREATE SCHEMA audit;

CREATE TABLE audit.access_log (
    seq          BIGSERIAL PRIMARY KEY,
    id           UUID NOT NULL UNIQUE,
    occurred_at  TIMESTAMPTZ NOT NULL,
    event        TEXT NOT NULL,
    action       CHAR(1) NOT NULL CHECK (action IN ('C', 'R', 'U', 'D', 'E')),
    outcome      TEXT NOT NULL CHECK (outcome IN ('GESLAAGD', 'GEWEIGERD', 'MISLUKT')),
    user_id      UUID,
    username     TEXT,
    role         TEXT,
    on_behalf_of TEXT,
    tenant_id    UUID,
    access_point TEXT,
    object_type  TEXT,
    object_id    TEXT,
    segment      TEXT,
    purpose      TEXT,
    detail       TEXT,
    source       TEXT NOT NULL,
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL
);
CREATE INDEX access_log_tenant_time_idx ON audit.access_log (tenant_id, occurred_at);
CREATE INDEX access_log_user_idx ON audit.access_log (user_id);
CREATE INDEX access_log_object_idx ON audit.access_log (object_id);

CREATE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Only the retention job may delete, and only rows older than the legal minimum of five years.
    IF TG_OP = 'DELETE' AND current_setting('schakel.audit_purge', true) = 'on'
            AND OLD.occurred_at < now() - interval '5 years' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit.access_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER access_log_append_only
    BEFORE UPDATE OR DELETE ON audit.access_log
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();
CREATE TRIGGER access_log_no_truncate
    BEFORE TRUNCATE ON audit.access_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();
