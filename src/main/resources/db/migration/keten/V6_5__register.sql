-- keten: the VT-register messages (issue 11, rule 46) as the JSON copies that crossed the chain: a region's
-- registration of its involvement with a case's directbetrokkenen (pseudonyms only), its end, and the matches the
-- register told a region of. Append-only, like keten.melding: the database refuses UPDATE, DELETE and TRUNCATE. Each
-- is kept once by its id, so a message that arrives twice is kept once.
CREATE TABLE keten.register_registratie (
    seq             BIGSERIAL PRIMARY KEY,
    id              UUID NOT NULL UNIQUE,
    regio_id        UUID NOT NULL,
    zaak_referentie UUID NOT NULL,
    verzonden_op    TIMESTAMPTZ NOT NULL,
    payload         JSONB NOT NULL CHECK (jsonb_typeof(payload) = 'object')
);

CREATE TABLE keten.register_beeindiging (
    seq             BIGSERIAL PRIMARY KEY,
    id              UUID NOT NULL UNIQUE,
    regio_id        UUID NOT NULL,
    zaak_referentie UUID NOT NULL,
    verzonden_op    TIMESTAMPTZ NOT NULL,
    payload         JSONB NOT NULL CHECK (jsonb_typeof(payload) = 'object')
);

CREATE TABLE keten.register_match (
    seq             BIGSERIAL PRIMARY KEY,
    id              UUID NOT NULL UNIQUE,
    regio_id        UUID NOT NULL,
    zaak_referentie UUID NOT NULL,
    ontvangen_op    TIMESTAMPTZ NOT NULL,
    payload         JSONB NOT NULL CHECK (jsonb_typeof(payload) = 'object')
);
CREATE INDEX register_match_zaak_idx ON keten.register_match (regio_id, zaak_referentie, seq);

CREATE TRIGGER register_registratie_append_only
    BEFORE UPDATE OR DELETE ON keten.register_registratie
    FOR EACH ROW EXECUTE FUNCTION keten.refuse_change();
CREATE TRIGGER register_registratie_no_truncate
    BEFORE TRUNCATE ON keten.register_registratie
    FOR EACH STATEMENT EXECUTE FUNCTION keten.refuse_change();
CREATE TRIGGER register_beeindiging_append_only
    BEFORE UPDATE OR DELETE ON keten.register_beeindiging
    FOR EACH ROW EXECUTE FUNCTION keten.refuse_change();
CREATE TRIGGER register_beeindiging_no_truncate
    BEFORE TRUNCATE ON keten.register_beeindiging
    FOR EACH STATEMENT EXECUTE FUNCTION keten.refuse_change();
CREATE TRIGGER register_match_append_only
    BEFORE UPDATE OR DELETE ON keten.register_match
    FOR EACH ROW EXECUTE FUNCTION keten.refuse_change();
CREATE TRIGGER register_match_no_truncate
    BEFORE TRUNCATE ON keten.register_match
    FOR EACH STATEMENT EXECUTE FUNCTION keten.refuse_change();
