-- Issue 14 (ADR-0036): the list of a tenant's dossiers (an aandachtsfunctionaris sees all of them) is read a page at a
-- time, newest first; this index gives a page without sorting every dossier of the tenant.
CREATE INDEX dossier_tenant_created_idx ON dossier.dossier (tenant_id, created_at DESC, id);
