-- dossier: the professional's meldcode dossier. The journal is append-only: the database refuses UPDATE, DELETE and
-- TRUNCATE; a correction is a new entry that refers to the entry it corrects.
CREATE SCHEMA dossier;

CREATE TABLE dossier.dossier (
    id          UUID PRIMARY KEY,
    tenant_id   UUID NOT NULL,
    owner_id    UUID NOT NULL,
    owner_name  TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('OPEN', 'GESLOTEN'))
);
CREATE INDEX dossier_tenant_idx ON dossier.dossier (tenant_id, owner_id);

CREATE TABLE dossier.betrokkene (
    id            UUID PRIMARY KEY,
    dossier_id    UUID NOT NULL REFERENCES dossier.dossier (id),
    position      INT NOT NULL,
    naam          TEXT NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
    geboortedatum DATE NOT NULL,
    bsn           CHAR(9),
    relatie       TEXT NOT NULL CHECK (relatie IN ('CLIENT', 'KIND', 'HUISGENOOT', 'OVERIG')),
    UNIQUE (dossier_id, position)
);

CREATE TABLE dossier.journal_entry (
    seq                BIGSERIAL PRIMARY KEY,
    id                 UUID NOT NULL UNIQUE,
    dossier_id         UUID NOT NULL REFERENCES dossier.dossier (id),
    recorded_at        TIMESTAMPTZ NOT NULL,
    author_id          UUID NOT NULL,
    author_name        TEXT NOT NULL,
    author_role        TEXT NOT NULL,
    on_behalf_of       TEXT,
    kind               TEXT NOT NULL CHECK (kind IN ('SIGNAAL')),
    corrects           UUID REFERENCES dossier.journal_entry (id),
    reason             TEXT,
    signaal_datum      DATE,
    signaal_waarneming TEXT CHECK (length(signaal_waarneming) <= 4000),
    signaal_soort      TEXT CHECK (signaal_soort IN ('FEIT', 'INTERPRETATIE', 'DERDEN')),
    signaal_bron       TEXT,
    signaal_vormen     TEXT[] NOT NULL DEFAULT '{}',
    signaal_disclosure BOOLEAN,
    CHECK ((corrects IS NULL) = (reason IS NULL)),
    CHECK (kind <> 'SIGNAAL' OR (signaal_datum IS NOT NULL AND signaal_waarneming IS NOT NULL
        AND signaal_soort IS NOT NULL AND signaal_disclosure IS NOT NULL)),
    CHECK (signaal_soort IS DISTINCT FROM 'DERDEN' OR signaal_bron IS NOT NULL)
);
CREATE INDEX journal_entry_dossier_idx ON dossier.journal_entry (dossier_id, seq);

CREATE FUNCTION dossier.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'dossier.journal_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER journal_entry_append_only
    BEFORE UPDATE OR DELETE ON dossier.journal_entry
    FOR EACH ROW EXECUTE FUNCTION dossier.refuse_change();
CREATE TRIGGER journal_entry_no_truncate
    BEFORE TRUNCATE ON dossier.journal_entry
    FOR EACH STATEMENT EXECUTE FUNCTION dossier.refuse_change();
