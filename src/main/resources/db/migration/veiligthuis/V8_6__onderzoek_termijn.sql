-- Issue 10, onderzoek: the last day of the onderzoek's ten-week term (rule 35; veiligthuis.domain.OnderzoekTermijn,
-- ADR-0023 "Onderzoek term"), set when the case enters ONDERZOEK (the besluit, or the Raad declining to investigate),
-- so that the queue and the teamleider's list show open onderzoeken with their term and flag the overdue ones.
ALTER TABLE veiligthuis.zaak ADD COLUMN onderzoek_uiterlijk DATE;
CREATE INDEX zaak_onderzoek_idx ON veiligthuis.zaak (tenant_id, onderzoek_uiterlijk) WHERE status = 'ONDERZOEK';
