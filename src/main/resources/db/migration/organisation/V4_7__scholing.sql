-- organisation: the training register (issue 13, ADR-0033). Members' e-mail addresses (entered by the beheerder, for
-- reminders only), trainings followed (append-only: a mistaken entry is withdrawn by a new row), and the refresh
-- interval per role (append-only: the latest row per role is in force).
CREATE TABLE organisation.member_email (
    tenant_id  UUID NOT NULL REFERENCES organisation.tenant (id),
    user_id    UUID NOT NULL,
    email      TEXT NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, user_id)
);

CREATE TABLE organisation.scholing (
    id           UUID PRIMARY KEY,
    tenant_id    UUID NOT NULL REFERENCES organisation.tenant (id),
    user_id      UUID NOT NULL,
    soort        TEXT NOT NULL CHECK (soort IN ('MELDCODE', 'AFWEGINGSKADER', 'E_LEARNING', 'OPFRISSING')),
    omschrijving TEXT NOT NULL DEFAULT '',
    gevolgd_op   DATE NOT NULL,
    recorded_by  UUID NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX scholing_member_ix ON organisation.scholing (tenant_id, user_id);

CREATE TABLE organisation.scholing_intrekking (
    scholing_id UUID PRIMARY KEY REFERENCES organisation.scholing (id),
    withdrawn_by UUID NOT NULL,
    withdrawn_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE organisation.scholing_interval (
    tenant_id  UUID NOT NULL REFERENCES organisation.tenant (id),
    role       TEXT NOT NULL,
    maanden    INTEGER NOT NULL CHECK (maanden BETWEEN 0 AND 120),
    changed_by UUID,
    changed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, role, changed_at)
);
