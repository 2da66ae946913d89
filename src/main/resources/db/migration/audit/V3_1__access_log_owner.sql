-- audit: the organisation responsible for the record an access-log row is about (ADR-0021). NEN 7513 logs access to
-- the client's record, so a refused attempt on a school's dossier by a user of another tenant must also be in the
-- school's log, not only in the actor's. Set by the facades when they know the record's tenant; empty in rows written
-- before this column (their hash does not include it, see audit.AccessLogStore) and when the record does not exist.
ALTER TABLE audit.access_log ADD COLUMN owner_tenant_id UUID;
CREATE INDEX access_log_owner_time_idx ON audit.access_log (owner_tenant_id, occurred_at)
    WHERE owner_tenant_id IS NOT NULL;
