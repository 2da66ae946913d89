-- keten: what travels back from Veilig Thuis to the melder. A terugkoppeling (rule 41) is kept as the JSON copy that
-- crossed the chain; a status report says how far Veilig Thuis is with a melding. Both are append-only, like
-- keten.melding: the database refuses UPDATE, DELETE and TRUNCATE. melding_id names a row of keten.melding (checked by
-- KetenManagement; that row is never removed); no foreign key, so that TRUNCATE keten.melding still meets its own
-- append-only trigger rather than a constraint error.
CREATE TABLE keten.terugkoppeling (
    seq           BIGSERIAL PRIMARY KEY,
    id            UUID NOT NULL UNIQUE,
    melding_id    UUID NOT NULL,
    van_tenant_id UUID NOT NULL,
    verzonden_op  TIMESTAMPTZ NOT NULL,
    payload       JSONB NOT NULL CHECK (jsonb_typeof(payload) = 'object')
);
CREATE INDEX terugkoppeling_melding_idx ON keten.terugkoppeling (melding_id, seq);

CREATE TABLE keten.melding_status (
    seq                              BIGSERIAL PRIMARY KEY,
    melding_id                       UUID NOT NULL,
    van_tenant_id                    UUID NOT NULL,
    status                           TEXT NOT NULL
        CHECK (status IN ('ONTVANGEN', 'VEILIGHEIDSBEOORDELING', 'BESLUIT_GENOMEN', 'AFGESLOTEN')),
    veiligheidsbeoordeling_uiterlijk DATE,
    op                               TIMESTAMPTZ NOT NULL
);
CREATE INDEX melding_status_melding_idx ON keten.melding_status (melding_id, op, seq);

-- One refusal for every keten table: the message names the table it was raised for.
CREATE OR REPLACE FUNCTION keten.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'keten.% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER terugkoppeling_append_only
    BEFORE UPDATE OR DELETE ON keten.terugkoppeling
    FOR EACH ROW EXECUTE FUNCTION keten.refuse_change();
CREATE TRIGGER terugkoppeling_no_truncate
    BEFORE TRUNCATE ON keten.terugkoppeling
    FOR EACH STATEMENT EXECUTE FUNCTION keten.refuse_change();

CREATE TRIGGER melding_status_append_only
    BEFORE UPDATE OR DELETE ON keten.melding_status
    FOR EACH ROW EXECUTE FUNCTION keten.refuse_change();
CREATE TRIGGER melding_status_no_truncate
    BEFORE TRUNCATE ON keten.melding_status
    FOR EACH STATEMENT EXECUTE FUNCTION keten.refuse_change();
