-- Issue 11, the national VT-register (ADR-0024): what this region registered about a case, so that a match the register
-- tells of names the person. The register itself holds only pseudonyms; here each registration of a case (one per key
-- version: a key rotation registers the open cases again under the new version) and, per directbetrokkene, the
-- pseudonym it was registered under and what it was made from. Ended when the case closes.
CREATE TABLE veiligthuis.register_registratie (
    id            UUID PRIMARY KEY,
    zaak_id       UUID NOT NULL REFERENCES veiligthuis.zaak (id),
    tenant_id     UUID NOT NULL,
    sleutelversie INT NOT NULL CHECK (sleutelversie >= 1),
    sinds         TIMESTAMPTZ NOT NULL,
    beeindigd_op  TIMESTAMPTZ,
    UNIQUE (zaak_id, sleutelversie)
);
CREATE INDEX register_registratie_open_idx ON veiligthuis.register_registratie (sleutelversie)
    WHERE beeindigd_op IS NULL;

CREATE TABLE veiligthuis.register_pseudoniem (
    registratie_id UUID NOT NULL REFERENCES veiligthuis.register_registratie (id),
    betrokkene_id  UUID NOT NULL REFERENCES veiligthuis.betrokkene (id),
    pseudoniem     TEXT NOT NULL,
    soort          TEXT NOT NULL CHECK (soort IN ('BSN', 'NAAM_GEBOORTEDATUM')),
    PRIMARY KEY (registratie_id, betrokkene_id)
);
CREATE INDEX register_pseudoniem_idx ON veiligthuis.register_pseudoniem (pseudoniem);
