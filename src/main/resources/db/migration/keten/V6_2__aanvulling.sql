-- keten: an aanvulling to a melding already sent (ADR-0019), kept as the JSON copy that crossed the chain. Append-only,
-- like keten.melding: the database refuses UPDATE, DELETE and TRUNCATE. melding_id names a row of keten.melding
-- (checked by KetenManagement.aanvullen; that row is never removed).
CREATE TABLE keten.aanvulling (
    seq           BIGSERIAL PRIMARY KEY,
    id            UUID NOT NULL UNIQUE,
    melding_id    UUID NOT NULL,
    van_tenant_id UUID NOT NULL,
    aan_tenant_id UUID NOT NULL,
    verzonden_op  TIMESTAMPTZ NOT NULL,
    payload       JSONB NOT NULL CHECK (jsonb_typeof(payload) = 'object')
);
CREATE INDEX aanvulling_melding_idx ON keten.aanvulling (melding_id, seq);

CREATE TRIGGER aanvulling_append_only
    BEFORE UPDATE OR DELETE ON keten.aanvulling
    FOR EACH ROW EXECUTE FUNCTION keten.refuse_change();
CREATE TRIGGER aanvulling_no_truncate
    BEFORE TRUNCATE ON keten.aanvulling
    FOR EACH STATEMENT EXECUTE FUNCTION keten.refuse_change();
