-- organisation: the meldprotocol as versioned data (issue 13, ADR-0030). Each version is one row with its content as a
-- JSON copy of nl.schakel.organisation.Meldprotocol; the columns beside it are what the version list and the choice
-- of the version in force need. Versions are append-only: the database refuses UPDATE, DELETE and TRUNCATE, so an old
-- version stays readable as it was adopted, and a dossier that ran under it can always show it.
CREATE TABLE organisation.meldprotocol_versie (
    tenant_id      UUID NOT NULL REFERENCES organisation.tenant (id),
    versie         INTEGER NOT NULL CHECK (versie >= 1),
    vastgesteld_op DATE NOT NULL,
    ingangsdatum   DATE NOT NULL CHECK (ingangsdatum >= vastgesteld_op),
    vastgelegd_op  TIMESTAMPTZ NOT NULL,
    vastgelegd_door_id   UUID,
    vastgelegd_door_naam TEXT NOT NULL,
    inhoud         JSONB NOT NULL,
    PRIMARY KEY (tenant_id, versie)
);

-- organisation.refuse_change() comes from V4_3 (the decree days are append-only the same way).
CREATE TRIGGER meldprotocol_versie_append_only
    BEFORE UPDATE OR DELETE ON organisation.meldprotocol_versie
    FOR EACH ROW EXECUTE FUNCTION organisation.refuse_change();
CREATE TRIGGER meldprotocol_versie_no_truncate
    BEFORE TRUNCATE ON organisation.meldprotocol_versie
    FOR EACH STATEMENT EXECUTE FUNCTION organisation.refuse_change();
