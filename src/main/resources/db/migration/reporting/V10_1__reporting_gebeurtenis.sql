-- The dossier events the reporting read models were built from (ADR-0031), one row per event: ids, a kind, a step
-- number, a date and a moment; never names, BSNs or free text. A repeated event (delivery is at least once) finds its
-- row and changes nothing; the rows of reporting_dossier and reporting_vir are recomputed from these, so events may
-- arrive in any order.
CREATE TABLE reporting_gebeurtenis (
    gebeurtenis_id    uuid        NOT NULL,  -- the journal entry's id, or the dossier's for its opening
    soort             text        NOT NULL,  -- the simple name of the dossier.DossierGebeurtenis record
    dossier_id        uuid        NOT NULL,
    op                timestamptz NOT NULL,
    stap              smallint CHECK (stap BETWEEN 1 AND 5),
    herbeoordeling_op date,                  -- HulpplanGemaakt: the re-evaluation date
    signaal_id        uuid,                  -- VirSignaalBeeindigd: the signal that ended
    volgnummer        integer,               -- HulpplanGemaakt, Afweging5Beantwoord: the position in the journal
    PRIMARY KEY (gebeurtenis_id, soort)
);
CREATE INDEX reporting_gebeurtenis_dossier ON reporting_gebeurtenis (dossier_id);
