-- audit: the log search at national scale (issue 14, ADR-0034). The search reads the newest rows of one tenant
-- (its own actions, and attempts on its records) page by page on seq; these indexes serve both halves of it as
-- backward index scans that stop after one page. On a database that already holds millions of rows this migration
-- builds them once (minutes at 50 million rows).
CREATE INDEX access_log_tenant_seq_idx ON audit.access_log (tenant_id, seq);
CREATE INDEX access_log_owner_seq_idx ON audit.access_log (owner_tenant_id, seq)
    WHERE owner_tenant_id IS NOT NULL;
