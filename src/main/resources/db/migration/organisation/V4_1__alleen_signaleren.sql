-- organisation: members who only signal (rule 24 of the meldcode) and, per tenant, who records steps 2-5 for them.
-- No row for a member means "not signal-only"; no executor for a tenant means "the aandachtsfunctionarissen".
CREATE TABLE organisation.member_setting (
    tenant_id   UUID NOT NULL REFERENCES organisation.tenant (id),
    user_id     UUID NOT NULL,
    signal_only BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (tenant_id, user_id)
);

CREATE TABLE organisation.signal_executor (
    tenant_id   UUID PRIMARY KEY REFERENCES organisation.tenant (id),
    executor_id UUID NOT NULL
);
