-- Issue 10, monitoring: the day a case entered monitoring (the planned moments at 3 and 12 months count from it), set by
-- every move into MONITORING; and the reminders of planned moments, one row per case and planned day, so that a second
-- node or a second run of the job never sends the same reminder again (MonitoringHerinnering).
ALTER TABLE veiligthuis.zaak ADD COLUMN monitoring_sinds DATE;
UPDATE veiligthuis.zaak SET monitoring_sinds = CAST(COALESCE(besluit_op, created_at) AT TIME ZONE 'Europe/Amsterdam' AS DATE)
    WHERE status = 'MONITORING';
ALTER TABLE veiligthuis.zaak ADD CONSTRAINT zaak_monitoring_sinds_check
    CHECK (status <> 'MONITORING' OR monitoring_sinds IS NOT NULL);
CREATE INDEX zaak_monitoring_idx ON veiligthuis.zaak (status) WHERE status = 'MONITORING';

CREATE TABLE veiligthuis.monitoring_herinnering (
    zaak_id        UUID NOT NULL REFERENCES veiligthuis.zaak (id),
    gepland        DATE NOT NULL,
    tenant_id      UUID NOT NULL,
    -- the worker of the case; NULL when none is known, then every worker of the region sees it
    ontvanger_id   UUID,
    verstuurd_op   TIMESTAMPTZ NOT NULL,
    afgehandeld_op TIMESTAMPTZ,
    PRIMARY KEY (zaak_id, gepland)
);
CREATE INDEX monitoring_herinnering_open_idx ON veiligthuis.monitoring_herinnering (tenant_id)
    WHERE afgehandeld_op IS NULL;
