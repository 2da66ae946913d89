-- dossier: the dossier follows the organisation's meldprotocol (issue 13). At opening it records the version in force
-- and the afwegingskader that version's rule gave the owner (both empty when no meldprotocol was in force: the dossier
-- then works as before, with the kader of the member's beroepscluster or the one chosen for the dossier).
ALTER TABLE dossier.dossier
    ADD COLUMN meldprotocol_versie INT CHECK (meldprotocol_versie > 0),
    ADD COLUMN kader_code          TEXT,
    ADD CONSTRAINT dossier_meldprotocol_check CHECK ((meldprotocol_versie IS NULL) = (kader_code IS NULL));

-- The uitvoerder of a dossier that a member who only signals opened (rule 24) is told it was handed to them: a notice
-- on their home page until they open the dossier. uitvoerder_id names the colleague; empty means the
-- aandachtsfunctionarissen of the tenant, and the first of them who opens the dossier ends the notice.
CREATE TABLE dossier.toewijzing (
    dossier_id    UUID PRIMARY KEY REFERENCES dossier.dossier (id),
    tenant_id     UUID NOT NULL,
    uitvoerder_id UUID,
    toegewezen    DATE NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL,
    geopend_at    TIMESTAMPTZ,
    geopend_door  UUID,
    CHECK ((geopend_at IS NULL) = (geopend_door IS NULL))
);
CREATE INDEX toewijzing_open_idx ON dossier.toewijzing (tenant_id, uitvoerder_id) WHERE geopend_at IS NULL;
