-- Issue 10: the services after the besluit as a state machine (veiligthuis.domain.Dienstverloop, ADR-0023).
-- The state that meant "overdracht na veiligheidsbeoordeling" gets that name; OVERDRACHT now means the overdracht after
-- voorwaarden en vervolg or onderzoek, which comes before monitoring.
UPDATE veiligthuis.zaak SET status = 'OVERDRACHT_NA_VEILIGHEIDSBEOORDELING' WHERE status = 'OVERDRACHT';
ALTER TABLE veiligthuis.zaak ADD CONSTRAINT zaak_status_check CHECK (status IN ('ADVIES', 'ADVIES_AFGEROND',
    'VEILIGHEIDSBEOORDELING', 'BESLUIT_VOORGESTELD', 'OVERDRACHT_NA_VEILIGHEIDSBEOORDELING', 'VOORWAARDEN_EN_VERVOLG',
    'ONDERZOEK', 'VERZOEK_RAAD', 'OVERDRACHT', 'MONITORING', 'AFGESLOTEN'));
