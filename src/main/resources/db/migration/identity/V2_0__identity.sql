-- identity: accounts, their memberships (tenant, team, role, beroepscluster), second factor and login throttling.
CREATE SCHEMA identity;

CREATE TABLE identity.account (
    id                   UUID PRIMARY KEY,
    username             TEXT NOT NULL,
    display_name         TEXT NOT NULL,
    password_hash        TEXT NOT NULL,
    totp_secret          TEXT,
    totp_enrolled_at     TIMESTAMPTZ,
    totp_last_step       BIGINT NOT NULL DEFAULT 0,
    enabled              BOOLEAN NOT NULL DEFAULT TRUE,
    must_change_password BOOLEAN NOT NULL DEFAULT FALSE,
    created_at           TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX account_username_uk ON identity.account (lower(username));

CREATE TABLE identity.membership (
    id             UUID PRIMARY KEY,
    account_id     UUID NOT NULL REFERENCES identity.account (id),
    tenant_id      UUID,
    team_id        UUID,
    role           TEXT NOT NULL,
    beroepscluster TEXT,
    created_at     TIMESTAMPTZ NOT NULL,
    CONSTRAINT membership_tenant_required CHECK (tenant_id IS NOT NULL OR role = 'PLATFORMBEHEERDER')
);
CREATE INDEX membership_account_idx ON identity.membership (account_id);
CREATE INDEX membership_tenant_idx ON identity.membership (tenant_id);
CREATE UNIQUE INDEX membership_uk ON identity.membership (account_id, coalesce(tenant_id, '00000000-0000-0000-0000-000000000000'::uuid), role);

CREATE TABLE identity.recovery_code (
    account_id UUID NOT NULL REFERENCES identity.account (id),
    code_hash  TEXT NOT NULL,
    used_at    TIMESTAMPTZ,
    PRIMARY KEY (account_id, code_hash)
);

-- Failed logins per key (a hash of username + address, or of the address alone): no personal data in clear.
CREATE TABLE identity.login_throttle (
    key          TEXT PRIMARY KEY,
    failures     INT NOT NULL,
    last_failure TIMESTAMPTZ NOT NULL
);
