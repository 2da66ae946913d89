-- Issue 14 (ADR-0036): recomputing a dossier's read-model row asks for the first event of one kind of that dossier
-- (dossier_id and soort, the earliest op); the index on dossier_id alone read every event of the dossier for each of
-- those questions. This index answers them directly and also serves every question on dossier_id alone, so it
-- replaces that one. The end of a VIR signal is found by the signal's id.
CREATE INDEX reporting_gebeurtenis_dossier_soort ON reporting_gebeurtenis (dossier_id, soort, op);
DROP INDEX reporting_gebeurtenis_dossier;
CREATE INDEX reporting_gebeurtenis_signaal ON reporting_gebeurtenis (signaal_id) WHERE soort = 'VirSignaalBeeindigd';
