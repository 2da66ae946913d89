-- organisation: the days equated with a general holiday by decree (Algemene termijnenwet, art. 3 (3): "Wij kunnen
-- bepaalde dagen voor de toepassing van deze wet met de in het eerste lid genoemde gelijkstellen. Ons besluit wordt in
-- de Nederlandse Staatscourant openbaar gemaakt."). The platformbeheerder keeps them; every legal term in working days
-- is counted on them (nl.schakel.shared.kalender.Werkdagkalender, ADR-0017).
--
-- Append-only: a decree is added once; each day of a decree is a row that adds it, and a mistaken day is withdrawn by a
-- later row. What a day is now is its latest row. The database refuses UPDATE, DELETE and TRUNCATE.
CREATE TABLE organisation.gelijkstellingsbesluit (
    id              UUID PRIMARY KEY,
    naam            TEXT NOT NULL CHECK (length(btrim(naam)) BETWEEN 1 AND 300),
    vindplaats      TEXT CHECK (vindplaats IS NULL OR length(btrim(vindplaats)) BETWEEN 1 AND 200),
    vastgelegd_op   TIMESTAMPTZ NOT NULL,
    vastgelegd_door TEXT NOT NULL
);

CREATE TABLE organisation.gelijkgestelde_dag (
    seq             BIGSERIAL PRIMARY KEY,
    besluit_id      UUID NOT NULL REFERENCES organisation.gelijkstellingsbesluit (id),
    dag             DATE NOT NULL CHECK (EXTRACT(ISODOW FROM dag) < 6),
    actie           TEXT NOT NULL CHECK (actie IN ('TOEGEVOEGD', 'INGETROKKEN')),
    reden           TEXT CHECK (reden IS NULL OR length(reden) <= 500),
    vastgelegd_op   TIMESTAMPTZ NOT NULL,
    vastgelegd_door TEXT NOT NULL
);
CREATE INDEX gelijkgestelde_dag_besluit_idx ON organisation.gelijkgestelde_dag (besluit_id, dag, seq);

CREATE FUNCTION organisation.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER gelijkstellingsbesluit_append_only
    BEFORE UPDATE OR DELETE ON organisation.gelijkstellingsbesluit
    FOR EACH ROW EXECUTE FUNCTION organisation.refuse_change();
CREATE TRIGGER gelijkstellingsbesluit_no_truncate
    BEFORE TRUNCATE ON organisation.gelijkstellingsbesluit
    FOR EACH STATEMENT EXECUTE FUNCTION organisation.refuse_change();
CREATE TRIGGER gelijkgestelde_dag_append_only
    BEFORE UPDATE OR DELETE ON organisation.gelijkgestelde_dag
    FOR EACH ROW EXECUTE FUNCTION organisation.refuse_change();
CREATE TRIGGER gelijkgestelde_dag_no_truncate
    BEFORE TRUNCATE ON organisation.gelijkgestelde_dag
    FOR EACH STATEMENT EXECUTE FUNCTION organisation.refuse_change();

-- The two decrees in force since 2023, by their titles (each decree is titled by the days it equates). Their
-- Staatscourant numbers could not be confirmed when this was written, so vindplaats stays empty; the platformbeheerder
-- cannot edit a decree, but the page shows the title, which is how the decree is found on officielebekendmakingen.nl.
-- Source for the titles: answer 70745 of 4 October 2025 on sterfgeval.nl (mr W.G.H.M. van der Putten), which names
-- both decrees; the days are the ones in the titles.
INSERT INTO organisation.gelijkstellingsbesluit (id, naam, vindplaats, vastgelegd_op, vastgelegd_door) VALUES
    ('5c1e2d3a-2023-4025-8000-000000000001',
     'Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag',
     NULL, TIMESTAMPTZ '2026-12-05 00:00:00+01', 'migratie V4_3'),
    ('5c1e2d3a-2026-4028-8000-000000000002',
     'Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag',
     NULL, TIMESTAMPTZ '2026-12-05 00:00:00+01', 'migratie V4_3');

INSERT INTO organisation.gelijkgestelde_dag (besluit_id, dag, actie, reden, vastgelegd_op, vastgelegd_door)
SELECT b, d, 'TOEGEVOEGD', NULL, TIMESTAMPTZ '2026-12-05 00:00:00+01', 'migratie V4_3'
FROM (VALUES
    ('5c1e2d3a-2023-4025-8000-000000000001'::uuid, DATE '2023-04-28'),
    ('5c1e2d3a-2023-4025-8000-000000000001'::uuid, DATE '2023-05-19'),
    ('5c1e2d3a-2023-4025-8000-000000000001'::uuid, DATE '2024-05-10'),
    ('5c1e2d3a-2023-4025-8000-000000000001'::uuid, DATE '2024-12-27'),
    ('5c1e2d3a-2023-4025-8000-000000000001'::uuid, DATE '2025-05-30'),
    ('5c1e2d3a-2026-4028-8000-000000000002'::uuid, DATE '2026-01-02'),
    ('5c1e2d3a-2026-4028-8000-000000000002'::uuid, DATE '2026-05-15'),
    ('5c1e2d3a-2026-4028-8000-000000000002'::uuid, DATE '2027-05-07'),
    ('5c1e2d3a-2026-4028-8000-000000000002'::uuid, DATE '2028-04-28'),
    ('5c1e2d3a-2026-4028-8000-000000000002'::uuid, DATE '2028-05-26')
) AS seed (b, d)
ORDER BY d;
