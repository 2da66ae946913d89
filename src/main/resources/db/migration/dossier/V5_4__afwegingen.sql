-- dossier, steps 4 and 5: a restarted dossier links to the one it continues (rule 22), and the reminders to
-- re-evaluate afweging 5 on the date of a hulpplan (rule 6). The afwegingen, beslissingen, hulpplan and closing note
-- are journal payloads (ADR-0012) and need no columns.
ALTER TABLE dossier.dossier ADD COLUMN vorig_dossier_id UUID REFERENCES dossier.dossier (id);
-- A closed dossier is restarted once; its continuation can itself be closed and restarted.
CREATE UNIQUE INDEX dossier_vorig_idx ON dossier.dossier (vorig_dossier_id) WHERE vorig_dossier_id IS NOT NULL;

CREATE TABLE dossier.herinnering (
    id                UUID PRIMARY KEY,
    dossier_id        UUID NOT NULL REFERENCES dossier.dossier (id),
    tenant_id         UUID NOT NULL,
    owner_id          UUID NOT NULL,
    hulpplan_entry_id UUID NOT NULL UNIQUE REFERENCES dossier.journal_entry (id),
    herbeoordeling    DATE NOT NULL,
    recorded_at       TIMESTAMPTZ NOT NULL,
    afgehandeld_at    TIMESTAMPTZ
);
CREATE INDEX herinnering_owner_idx ON dossier.herinnering (tenant_id, owner_id) WHERE afgehandeld_at IS NULL;
