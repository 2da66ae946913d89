-- veiligthuis: the Veilig Thuis region's cases. A case is its journal (append-only: the database refuses UPDATE,
-- DELETE and TRUNCATE); the case row is the index the queue and the own-records search read, and its status, besluit
-- and last safety check are kept current from the journal by the facade in the same transaction.
CREATE SCHEMA veiligthuis;

CREATE TABLE veiligthuis.zaak (
    id                      UUID PRIMARY KEY,
    tenant_id               UUID NOT NULL,
    soort                   TEXT NOT NULL CHECK (soort IN ('ADVIES', 'MELDING')),
    status                  TEXT NOT NULL,
    ontvangen_op            TIMESTAMPTZ NOT NULL,
    acuut                   BOOLEAN NOT NULL,
    vb_uiterlijk            DATE,
    classificatie           TEXT NOT NULL,
    keten_melding_id        UUID UNIQUE,
    laatste_veiligheidscheck TIMESTAMPTZ,
    besluit                 TEXT,
    besluit_op              TIMESTAMPTZ,
    created_at              TIMESTAMPTZ NOT NULL,
    CHECK ((soort = 'MELDING') = (vb_uiterlijk IS NOT NULL))
);
CREATE INDEX zaak_tenant_status_idx ON veiligthuis.zaak (tenant_id, status);

CREATE TABLE veiligthuis.betrokkene (
    id            UUID PRIMARY KEY,
    zaak_id       UUID NOT NULL REFERENCES veiligthuis.zaak (id),
    position      INT NOT NULL,
    naam          TEXT NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
    naam_normaal  TEXT NOT NULL,
    geboortedatum DATE NOT NULL,
    geslacht      TEXT NOT NULL CHECK (geslacht IN ('MAN', 'VROUW', 'ANDERS', 'ONBEKEND')),
    bsn           CHAR(9),
    rol           TEXT NOT NULL CHECK (rol IN ('SLACHTOFFER', 'VERMOEDELIJKE_PLEGER', 'GETUIGE', 'KIND_IN_HUISHOUDEN', 'NOG_ONBEKEND')),
    UNIQUE (zaak_id, position)
);
CREATE INDEX betrokkene_bsn_idx ON veiligthuis.betrokkene (bsn) WHERE bsn IS NOT NULL;
CREATE INDEX betrokkene_naam_idx ON veiligthuis.betrokkene (naam_normaal, geboortedatum);

-- The melder, kept apart from the case (rule 43): read only by the facade's reveal, which logs it with a reason.
CREATE TABLE veiligthuis.melder (
    zaak_id      UUID PRIMARY KEY REFERENCES veiligthuis.zaak (id),
    naam         TEXT NOT NULL,
    organisatie  TEXT,
    contact      TEXT NOT NULL,
    afgeschermd  BOOLEAN NOT NULL
);

CREATE TABLE veiligthuis.journal_entry (
    seq          BIGSERIAL PRIMARY KEY,
    id           UUID NOT NULL UNIQUE,
    zaak_id      UUID NOT NULL REFERENCES veiligthuis.zaak (id),
    recorded_at  TIMESTAMPTZ NOT NULL,
    author_id    UUID NOT NULL,
    author_name  TEXT NOT NULL,
    author_role  TEXT,
    on_behalf_of TEXT,
    kind         TEXT NOT NULL,
    payload      JSONB NOT NULL CHECK (jsonb_typeof(payload) = 'object')
);
CREATE INDEX journal_entry_zaak_idx ON veiligthuis.journal_entry (zaak_id, seq);

CREATE FUNCTION veiligthuis.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER journal_entry_append_only
    BEFORE UPDATE OR DELETE ON veiligthuis.journal_entry
    FOR EACH ROW EXECUTE FUNCTION veiligthuis.refuse_change();
CREATE TRIGGER journal_entry_no_truncate
    BEFORE TRUNCATE ON veiligthuis.journal_entry
    FOR EACH STATEMENT EXECUTE FUNCTION veiligthuis.refuse_change();
CREATE TRIGGER betrokkene_append_only
    BEFORE UPDATE OR DELETE ON veiligthuis.betrokkene
    FOR EACH ROW EXECUTE FUNCTION veiligthuis.refuse_change();
CREATE TRIGGER melder_append_only
    BEFORE UPDATE OR DELETE ON veiligthuis.melder
    FOR EACH ROW EXECUTE FUNCTION veiligthuis.refuse_change();
