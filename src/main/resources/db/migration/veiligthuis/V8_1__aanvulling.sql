-- veiligthuis: the aanvullingen that arrived from Schakel dossiers on a case (ADR-0019). The content is a journal entry
-- of the case (kind AANVULLING); this row makes receiving idempotent (one row per aanvulling id, however often the
-- event is delivered) and lets the queue show that an aanvulling arrived without replaying journals. Append-only.
CREATE TABLE veiligthuis.aanvulling (
    aanvulling_id UUID PRIMARY KEY,
    zaak_id       UUID NOT NULL REFERENCES veiligthuis.zaak (id),
    ontvangen_op  TIMESTAMPTZ NOT NULL
);
CREATE INDEX aanvulling_zaak_idx ON veiligthuis.aanvulling (zaak_id, ontvangen_op);

CREATE TRIGGER aanvulling_append_only
    BEFORE UPDATE OR DELETE ON veiligthuis.aanvulling
    FOR EACH ROW EXECUTE FUNCTION veiligthuis.refuse_change();
CREATE TRIGGER aanvulling_no_truncate
    BEFORE TRUNCATE ON veiligthuis.aanvulling
    FOR EACH STATEMENT EXECUTE FUNCTION veiligthuis.refuse_change();
