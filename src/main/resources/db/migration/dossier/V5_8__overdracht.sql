-- dossier: the overdracht Veilig Thuis offers the professional (rule 38) arrives as a journal entry of kind OVERDRACHT,
-- the professional's answer is an entry of kind OVERDRACHT_ANTWOORD (JSON payloads, no new columns). However often the
-- offer's event is delivered, and however often the answer is sent, a dossier holds one entry of each per overdracht.
CREATE UNIQUE INDEX journal_entry_overdracht_idx ON dossier.journal_entry ((payload->>'overdrachtId'))
    WHERE kind = 'OVERDRACHT';
CREATE UNIQUE INDEX journal_entry_overdracht_antwoord_idx ON dossier.journal_entry ((payload->>'overdrachtId'))
    WHERE kind = 'OVERDRACHT_ANTWOORD';
