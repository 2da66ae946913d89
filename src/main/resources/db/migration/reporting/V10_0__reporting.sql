-- Read models of management information (issue 13), filled only from events; never names, BSNs or free text.

-- One row per meldcode dossier. Outcome follows from the moments: a melding, else a hulpplan, else closed without
-- either ("afgesloten").
CREATE TABLE reporting_dossier (
    dossier_id        uuid PRIMARY KEY,
    tenant_id         uuid NOT NULL,
    team_id           uuid,              -- the owner's team when the dossier was opened; NULL = no team
    geopend_op        timestamptz NOT NULL,
    stap1_op          timestamptz,       -- the first signaal
    stap2_op          timestamptz,       -- the first collegiale consultatie
    stap3_op          timestamptz,       -- the first gesprek met de cliënt, held or skipped with a reason
    stap4_op          timestamptz,       -- the first afweging
    stap5_op          timestamptz,       -- the first beslissing
    kindcheck_op      timestamptz,
    melding_op        timestamptz,       -- the first melding to Veilig Thuis
    hulpplan_op       timestamptz,       -- the latest hulpplan
    herbeoordeling_op date,              -- that hulpplan's re-evaluation date
    herbeoordeeld_op  timestamptz,       -- when it was re-evaluated; NULL while not
    gesloten_op       timestamptz,
    gesloten_in_stap  smallint CHECK (gesloten_in_stap BETWEEN 1 AND 5)
);
CREATE INDEX reporting_dossier_tenant ON reporting_dossier (tenant_id, geopend_op);

-- One row per signal in the Verwijsindex Risicojongeren: active from van until tot (NULL while active).
CREATE TABLE reporting_vir (
    signaal_id uuid PRIMARY KEY,
    dossier_id uuid NOT NULL,
    tenant_id  uuid NOT NULL,
    team_id    uuid,
    van        timestamptz NOT NULL,
    tot        timestamptz
);
CREATE INDEX reporting_vir_tenant ON reporting_vir (tenant_id, van);
