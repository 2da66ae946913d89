-- Issue 14 (ADR-0036): the list of a region's cases (twenty years of meldingen and adviezen in a large region) is read
-- a page at a time, newest first; this index gives a page without sorting every case of the region.
CREATE INDEX zaak_tenant_ontvangen_idx ON veiligthuis.zaak (tenant_id, ontvangen_op DESC, id);
