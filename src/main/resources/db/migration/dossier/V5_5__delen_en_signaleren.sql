-- dossier: sharing with named colleagues, and who records steps 2-5 (rule 24 of the meldcode).
-- The shares in force: a row per colleague the dossier is shared with; ending a share deletes its row. The history of
-- sharing is in the journal (entries of kind DELING).
CREATE TABLE dossier.deling (
    dossier_id UUID NOT NULL REFERENCES dossier.dossier (id),
    user_id    UUID NOT NULL,
    user_name  TEXT NOT NULL,
    shared_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (dossier_id, user_id)
);
CREATE INDEX deling_user_idx ON dossier.deling (user_id);

-- Who records steps 2-5: the owner, or for an owner who only signals the aandachtsfunctionarissen or a named colleague.
ALTER TABLE dossier.dossier
    ADD COLUMN executor_kind TEXT NOT NULL DEFAULT 'EIGENAAR'
        CHECK (executor_kind IN ('EIGENAAR', 'AANDACHTSFUNCTIONARISSEN', 'COLLEGA')),
    ADD COLUMN executor_id   UUID,
    ADD COLUMN executor_name TEXT,
    ADD CONSTRAINT dossier_executor_check CHECK ((executor_kind = 'COLLEGA') = (executor_id IS NOT NULL)
        AND (executor_id IS NULL) = (executor_name IS NULL));
CREATE INDEX dossier_executor_idx ON dossier.dossier (tenant_id, executor_id);
