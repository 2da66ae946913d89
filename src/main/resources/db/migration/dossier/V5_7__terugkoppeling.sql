-- dossier: the terugkoppeling of Veilig Thuis (rule 41) arrives as a journal entry of kind TERUGKOPPELING (JSON
-- payload, no new columns). To find the dossier of a melding, its keten id in the MELDING payload is indexed. The
-- owner of the dossier is reminded of each terugkoppeling until they open the dossier; the primary key makes the
-- arrival of a terugkoppeling count once, however often its event is delivered.
CREATE INDEX journal_entry_melding_idx ON dossier.journal_entry ((payload->>'meldingId')) WHERE kind = 'MELDING';

CREATE TABLE dossier.terugkoppeling_herinnering (
    terugkoppeling_id UUID PRIMARY KEY,
    dossier_id        UUID NOT NULL REFERENCES dossier.dossier (id),
    tenant_id         UUID NOT NULL,
    owner_id          UUID NOT NULL,
    ontvangen         DATE NOT NULL,
    recorded_at       TIMESTAMPTZ NOT NULL,
    gelezen_at        TIMESTAMPTZ
);
CREATE INDEX terugkoppeling_herinnering_owner_idx ON dossier.terugkoppeling_herinnering (tenant_id, owner_id)
    WHERE gelezen_at IS NULL;
