-- Issue 14 (ADR-0036): a region's open work is read on every Veilig Thuis home page (a worker's own open cases, newest
-- first) and on the teamleider's terms page (the meldingen whose veiligheidsbeoordeling term falls in the weeks shown).
-- In a region with twenty years of cases (about 200,000, nearly all closed) both walked every case of the region
-- through the index on (tenant_id, ontvangen_op) and dropped the closed ones or those outside the weeks. These two
-- indexes hold only what those pages ask for.
CREATE INDEX zaak_open_idx ON veiligthuis.zaak (tenant_id, ontvangen_op DESC)
    WHERE status NOT IN ('ADVIES_AFGEROND', 'AFGESLOTEN');
CREATE INDEX zaak_vb_uiterlijk_idx ON veiligthuis.zaak (tenant_id, vb_uiterlijk) WHERE soort = 'MELDING';
