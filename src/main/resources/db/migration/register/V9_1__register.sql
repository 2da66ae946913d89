-- register: the national VT-register (domain spec §3.8, rule 46). Per person only a pseudonym computed by the regions
-- (HMAC-SHA256 under the regions' key, stored as its 32 bytes), the key version, what it was made from, the region
-- (tenant id, name, and the OIN of the party that serves it when it comes over the federation), the region's own case
-- reference, the period and the region's contact. No case content, no BSN, no name.
CREATE SCHEMA register;

CREATE TABLE register.betrokkenheid (
    id               UUID PRIMARY KEY,
    pseudoniem       BYTEA NOT NULL CHECK (octet_length(pseudoniem) = 32),
    sleutelversie    INTEGER NOT NULL CHECK (sleutelversie >= 1),
    soort            TEXT NOT NULL CHECK (soort IN ('BSN', 'NAAM_GEBOORTEDATUM')),
    regio_id         UUID NOT NULL,
    regio_naam       TEXT NOT NULL,
    regio_oin        TEXT,
    zaak_referentie  UUID NOT NULL,
    sinds            TIMESTAMPTZ NOT NULL,
    tot              TIMESTAMPTZ,
    contact          TEXT NOT NULL,
    geregistreerd_op TIMESTAMPTZ NOT NULL,
    -- a registration is idempotent per region, case and person
    CONSTRAINT betrokkenheid_eenmaal UNIQUE (regio_id, zaak_referentie, pseudoniem)
);
-- the match query: every involvement with this pseudonym under this key version
CREATE INDEX betrokkenheid_pseudoniem_idx ON register.betrokkenheid (pseudoniem, sleutelversie);
-- the retention job: ended involvements by their end
CREATE INDEX betrokkenheid_tot_idx ON register.betrokkenheid (tot) WHERE tot IS NOT NULL;

-- A match as told to one region: its own involvement and the other region's. A pair of involvements gives two rows,
-- one per told region, each with its own id, and never twice.
CREATE TABLE register.match (
    id                      UUID PRIMARY KEY,
    regio_id                UUID NOT NULL,
    betrokkenheid_id        UUID NOT NULL REFERENCES register.betrokkenheid (id) ON DELETE CASCADE,
    andere_betrokkenheid_id UUID NOT NULL REFERENCES register.betrokkenheid (id) ON DELETE CASCADE,
    gevonden_op             TIMESTAMPTZ NOT NULL,
    CONSTRAINT match_eenmaal UNIQUE (betrokkenheid_id, andere_betrokkenheid_id),
    CHECK (betrokkenheid_id <> andere_betrokkenheid_id)
);
CREATE INDEX match_andere_idx ON register.match (andere_betrokkenheid_id);
