-- organisation: the reminders the daily job recorded (issue 13, ADR-0033): one per member and expiry date, never two,
-- with what happened to its e-mail (VERZONDEN, GEEN_ADRES, UIT when e-mail is off, MISLUKT, retried the next day).
CREATE TABLE organisation.scholing_herinnering (
    tenant_id   UUID NOT NULL REFERENCES organisation.tenant (id),
    user_id     UUID NOT NULL,
    geldig_tot  DATE NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL,
    email       TEXT NOT NULL CHECK (email IN ('VERZONDEN', 'GEEN_ADRES', 'UIT', 'MISLUKT')),
    emailed_at  TIMESTAMPTZ,
    PRIMARY KEY (tenant_id, user_id, geldig_tot)
);
