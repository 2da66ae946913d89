-- organisation: the implementation checklist of the meldcode (issue 13). Per tenant, the seven implementation items and
-- the six minimum requirements of the meldprotocol (seed deck, "Implementatie verbeterde meldcode" and "Minimumeisen");
-- each item's owner, status, due date and note as an append-only history (what an item is now is its latest row), and
-- the documents uploaded as evidence. The database refuses UPDATE, DELETE and TRUNCATE on both.
-- eigenaar is an identity account id (no foreign key: no module reads another's tables).
CREATE TABLE organisation.invoering_wijziging (
    seq             BIGSERIAL PRIMARY KEY,
    tenant_id       UUID NOT NULL REFERENCES organisation.tenant (id),
    punt            TEXT NOT NULL CHECK (punt IN ('IMPLEMENTATIEPLAN', 'PROCEDURES', 'BORGING',
                        'DESKUNDIGHEIDSBEVORDERING', 'GEGEVENSUITWISSELING', 'COMMUNICATIE', 'UITVOERING',
                        'STAPPENPLAN', 'AFWEGINGSKADERS', 'ROLLEN', 'SPECIFIEKE_VORMEN', 'VERWIJSINDEX',
                        'KIND_EN_MANTELZORGCHECK')),
    status          TEXT CHECK (status IS NULL OR status IN ('NIET_BEGONNEN', 'BEZIG', 'GEREED')),
    eigenaar        UUID,
    streefdatum     DATE,
    toelichting     TEXT CHECK (toelichting IS NULL OR length(toelichting) BETWEEN 1 AND 2000),
    vastgelegd_op   TIMESTAMPTZ NOT NULL,
    vastgelegd_door TEXT NOT NULL
);
CREATE INDEX invoering_wijziging_tenant_idx ON organisation.invoering_wijziging (tenant_id, seq);

CREATE TABLE organisation.invoering_bewijsstuk (
    id              UUID PRIMARY KEY,
    tenant_id       UUID NOT NULL REFERENCES organisation.tenant (id),
    punt            TEXT NOT NULL,
    bestandsnaam    TEXT NOT NULL CHECK (length(bestandsnaam) BETWEEN 1 AND 120),
    soort           TEXT NOT NULL CHECK (soort IN ('PDF', 'PNG', 'JPEG', 'DOCX', 'XLSX', 'PPTX', 'ODT', 'ODS', 'ODP')),
    grootte         INTEGER NOT NULL CHECK (grootte BETWEEN 1 AND 5242880),
    inhoud          BYTEA NOT NULL CHECK (length(inhoud) = grootte),
    vastgelegd_op   TIMESTAMPTZ NOT NULL,
    vastgelegd_door TEXT NOT NULL
);
CREATE INDEX invoering_bewijsstuk_tenant_idx ON organisation.invoering_bewijsstuk (tenant_id, vastgelegd_op);

CREATE TRIGGER invoering_wijziging_append_only
    BEFORE UPDATE OR DELETE ON organisation.invoering_wijziging
    FOR EACH ROW EXECUTE FUNCTION organisation.refuse_change();
CREATE TRIGGER invoering_wijziging_no_truncate
    BEFORE TRUNCATE ON organisation.invoering_wijziging
    FOR EACH STATEMENT EXECUTE FUNCTION organisation.refuse_change();
CREATE TRIGGER invoering_bewijsstuk_append_only
    BEFORE UPDATE OR DELETE ON organisation.invoering_bewijsstuk
    FOR EACH ROW EXECUTE FUNCTION organisation.refuse_change();
CREATE TRIGGER invoering_bewijsstuk_no_truncate
    BEFORE TRUNCATE ON organisation.invoering_bewijsstuk
    FOR EACH STATEMENT EXECUTE FUNCTION organisation.refuse_change();
