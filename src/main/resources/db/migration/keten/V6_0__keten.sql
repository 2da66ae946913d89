-- keten: the contract between chain partners. Until the Veilig Thuis side exists, every melding sent to a region is
-- kept here as the JSON copy that crossed the chain. Append-only: the database refuses UPDATE, DELETE and TRUNCATE.
CREATE SCHEMA keten;

CREATE TABLE keten.melding (
    seq           BIGSERIAL PRIMARY KEY,
    id            UUID NOT NULL UNIQUE,
    van_tenant_id UUID NOT NULL,
    aan_tenant_id UUID NOT NULL,
    verzonden_op  TIMESTAMPTZ NOT NULL,
    payload       JSONB NOT NULL CHECK (jsonb_typeof(payload) = 'object')
);
CREATE INDEX melding_aan_idx ON keten.melding (aan_tenant_id, seq);

CREATE FUNCTION keten.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'keten.melding is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER melding_append_only
    BEFORE UPDATE OR DELETE ON keten.melding
    FOR EACH ROW EXECUTE FUNCTION keten.refuse_change();
CREATE TRIGGER melding_no_truncate
    BEFORE TRUNCATE ON keten.melding
    FOR EACH STATEMENT EXECUTE FUNCTION keten.refuse_change();
