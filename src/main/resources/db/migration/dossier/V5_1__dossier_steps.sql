-- dossier, step 2 of the meldcode: a journal entry may record a collegiale consultatie. Only adds columns and
-- constraints; the journal stays append-only.
ALTER TABLE dossier.journal_entry
    DROP CONSTRAINT journal_entry_kind_check,
    ADD CONSTRAINT journal_entry_kind_check CHECK (kind IN ('SIGNAAL', 'CONSULTATIE')),
    ADD COLUMN consultatie_datum   DATE,
    ADD COLUMN consultatie_met     TEXT CHECK (consultatie_met IN
        ('COLLEGA', 'AANDACHTSFUNCTIONARIS', 'VEILIG_THUIS_ADVIES', 'LETSELDUIDING', 'DESKUNDIGE')),
    ADD COLUMN consultatie_persoon TEXT CHECK (length(consultatie_persoon) <= 200),
    ADD COLUMN consultatie_advies  TEXT CHECK (length(consultatie_advies) <= 4000),
    ADD CONSTRAINT journal_entry_consultatie_check CHECK (kind <> 'CONSULTATIE' OR (consultatie_datum IS NOT NULL
        AND consultatie_met IS NOT NULL AND consultatie_advies IS NOT NULL
        AND (consultatie_met = 'VEILIG_THUIS_ADVIES' OR consultatie_persoon IS NOT NULL)));
