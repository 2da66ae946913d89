-- dossier: every journal entry keeps what it records as one JSON payload of its kind (ADR-0012), so that a new kind
-- of entry (the conversation of step 3, an afweging, a melding, ...) needs no new columns. The entries already
-- written are carried over unchanged in content; this one migration may touch them, as the table's owner, with the
-- append-only triggers switched off for its duration only.
ALTER TABLE dossier.journal_entry ADD COLUMN payload JSONB;

ALTER TABLE dossier.journal_entry DISABLE TRIGGER journal_entry_append_only;
UPDATE dossier.journal_entry SET payload = jsonb_build_object(
        'datum', signaal_datum,
        'waarneming', signaal_waarneming,
        'soort', signaal_soort,
        'bron', signaal_bron,
        'vormen', to_jsonb(signaal_vormen),
        'disclosure', signaal_disclosure)
    WHERE kind = 'SIGNAAL';
UPDATE dossier.journal_entry SET payload = jsonb_build_object(
        'datum', consultatie_datum,
        'met', consultatie_met,
        'persoon', consultatie_persoon,
        'advies', consultatie_advies)
    WHERE kind = 'CONSULTATIE';
ALTER TABLE dossier.journal_entry ENABLE TRIGGER journal_entry_append_only;

-- Dropping the columns also drops the checks of step 1 that name them; the check that a correction has a reason stays.
ALTER TABLE dossier.journal_entry
    DROP CONSTRAINT journal_entry_kind_check,
    DROP CONSTRAINT journal_entry_consultatie_check,
    DROP COLUMN signaal_datum,
    DROP COLUMN signaal_waarneming,
    DROP COLUMN signaal_soort,
    DROP COLUMN signaal_bron,
    DROP COLUMN signaal_vormen,
    DROP COLUMN signaal_disclosure,
    DROP COLUMN consultatie_datum,
    DROP COLUMN consultatie_met,
    DROP COLUMN consultatie_persoon,
    DROP COLUMN consultatie_advies,
    ALTER COLUMN payload SET NOT NULL,
    ADD CONSTRAINT journal_entry_kind_check CHECK (kind ~ '^[A-Z_]{1,40}$'),
    ADD CONSTRAINT journal_entry_payload_check CHECK (jsonb_typeof(payload) = 'object');
