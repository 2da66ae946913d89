-- Issue 11, a match told by the national VT-register: one row per match id, so that a match delivered twice lands on the
-- case once; open (gezien_op IS NULL) it is a task on the VT home page of the case's workers until one marks it seen.
CREATE TABLE veiligthuis.register_match (
    match_id     UUID PRIMARY KEY,
    zaak_id      UUID NOT NULL REFERENCES veiligthuis.zaak (id),
    tenant_id    UUID NOT NULL,
    ontvangen_op TIMESTAMPTZ NOT NULL,
    gezien_op    TIMESTAMPTZ,
    gezien_door  UUID,
    CHECK ((gezien_op IS NULL) = (gezien_door IS NULL))
);
CREATE INDEX register_match_open_idx ON veiligthuis.register_match (tenant_id) WHERE gezien_op IS NULL;
CREATE INDEX register_match_zaak_idx ON veiligthuis.register_match (zaak_id);
-- and its journal entry on the case once per match
CREATE UNIQUE INDEX journal_entry_register_match_idx
    ON veiligthuis.journal_entry ((payload->>'matchId'))
    WHERE kind = 'REGISTER_MATCH';
