-- dossier: an index of the VIR signals recorded in the journal, so that the daily job finds the signals whose end
-- date has come without reading every journal. The journal stays the record; this table only says when each signal
-- ends and whether it has ended.
CREATE TABLE dossier.vir_signaal (
    entry_id   UUID PRIMARY KEY REFERENCES dossier.journal_entry (id),
    dossier_id UUID NOT NULL REFERENCES dossier.dossier (id),
    eindigt_op DATE NOT NULL,
    geeindigd  BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX vir_signaal_due_idx ON dossier.vir_signaal (eindigt_op) WHERE NOT geeindigd;
