-- veiligthuis: an answer to an overdracht that arrived through keten (a professional's answer in their Schakel dossier)
-- is recorded on the case once, however often its event is delivered: one OVERDRACHT_BEANTWOORD entry per answer id.
CREATE UNIQUE INDEX journal_entry_overdracht_antwoord_idx
    ON veiligthuis.journal_entry ((payload->>'ketenAntwoordId'))
    WHERE kind = 'OVERDRACHT_BEANTWOORD' AND payload->>'ketenAntwoordId' IS NOT NULL;
