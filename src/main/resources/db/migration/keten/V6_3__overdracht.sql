-- keten: the overdracht a Veilig Thuis region offers to the professional who made a melding from a Schakel dossier
-- (rule 38), and the professional's answer, each kept as the JSON copy that crossed the chain. Append-only, like
-- keten.melding: the database refuses UPDATE, DELETE and TRUNCATE. An overdracht has at most one answer.
-- melding_id and overdracht_id name rows checked by KetenOverdrachten (never removed); no foreign keys, so that a
-- TRUNCATE meets the append-only trigger rather than a constraint error.
CREATE TABLE keten.overdracht (
    seq           BIGSERIAL PRIMARY KEY,
    id            UUID NOT NULL UNIQUE,
    melding_id    UUID NOT NULL,
    van_tenant_id UUID NOT NULL,
    verzonden_op  TIMESTAMPTZ NOT NULL,
    payload       JSONB NOT NULL CHECK (jsonb_typeof(payload) = 'object')
);
CREATE INDEX overdracht_melding_idx ON keten.overdracht (melding_id, seq);

CREATE TABLE keten.overdracht_antwoord (
    seq           BIGSERIAL PRIMARY KEY,
    id            UUID NOT NULL UNIQUE,
    overdracht_id UUID NOT NULL UNIQUE,
    van_tenant_id UUID NOT NULL,
    beantwoord_op TIMESTAMPTZ NOT NULL,
    payload       JSONB NOT NULL CHECK (jsonb_typeof(payload) = 'object')
);

CREATE TRIGGER overdracht_append_only
    BEFORE UPDATE OR DELETE ON keten.overdracht
    FOR EACH ROW EXECUTE FUNCTION keten.refuse_change();
CREATE TRIGGER overdracht_no_truncate
    BEFORE TRUNCATE ON keten.overdracht
    FOR EACH STATEMENT EXECUTE FUNCTION keten.refuse_change();
CREATE TRIGGER overdracht_antwoord_append_only
    BEFORE UPDATE OR DELETE ON keten.overdracht_antwoord
    FOR EACH ROW EXECUTE FUNCTION keten.refuse_change();
CREATE TRIGGER overdracht_antwoord_no_truncate
    BEFORE TRUNCATE ON keten.overdracht_antwoord
    FOR EACH STATEMENT EXECUTE FUNCTION keten.refuse_change();
