-- organisation: tenants (organisations bound by the meldcode and Veilig Thuis regions) and their teams.
CREATE SCHEMA organisation;

CREATE TABLE organisation.tenant (
    id              UUID PRIMARY KEY,
    name            TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('ORGANISATIE', 'VEILIG_THUIS_REGIO')),
    sectors         TEXT NOT NULL DEFAULT '',
    beroepsclusters TEXT NOT NULL DEFAULT '',
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX tenant_name_uk ON organisation.tenant (lower(name));

CREATE TABLE organisation.team (
    id         UUID PRIMARY KEY,
    tenant_id  UUID NOT NULL REFERENCES organisation.tenant (id),
    name       TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX team_name_uk ON organisation.team (tenant_id, lower(name));
