-- organisation: the code list "vormen van geweld" the platformbeheerder keeps. Each code belongs to one national
-- category (nl.schakel.shared.VormVanGeweld), which the meldcode rules and the melding to Veilig Thuis use.
CREATE TABLE organisation.vorm_van_geweld (
    code      TEXT PRIMARY KEY CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(code) <= 60),
    label_nl  TEXT NOT NULL,
    label_en  TEXT NOT NULL,
    categorie TEXT NOT NULL CHECK (categorie IN ('KINDERMISHANDELING_LICHAMELIJK', 'KINDERMISHANDELING_PSYCHISCH',
        'VERWAARLOZING', 'SEKSUEEL_MISBRUIK', 'GETUIGE_HUISELIJK_GEWELD', 'PARTNERGEWELD', 'OUDERENMISHANDELING',
        'EERGERELATEERD_GEWELD', 'VROUWELIJKE_GENITALE_VERMINKING', 'HUWELIJKSDWANG_ACHTERLATING',
        'MENSENHANDEL_SEKSUELE_UITBUITING', 'ANDERS')),
    actief    BOOLEAN NOT NULL DEFAULT TRUE,
    volgorde  INTEGER NOT NULL
);

INSERT INTO organisation.vorm_van_geweld (code, label_nl, label_en, categorie, actief, volgorde) VALUES
    ('kindermishandeling-lichamelijk', 'Lichamelijke kindermishandeling', 'Physical child abuse', 'KINDERMISHANDELING_LICHAMELIJK', TRUE, 10),
    ('kindermishandeling-psychisch', 'Psychische kindermishandeling', 'Psychological child abuse', 'KINDERMISHANDELING_PSYCHISCH', TRUE, 20),
    ('verwaarlozing', 'Verwaarlozing', 'Neglect', 'VERWAARLOZING', TRUE, 30),
    ('seksueel-misbruik', 'Seksueel misbruik', 'Sexual abuse', 'SEKSUEEL_MISBRUIK', TRUE, 40),
    ('getuige-huiselijk-geweld', 'Getuige van huiselijk geweld', 'Witness of domestic violence', 'GETUIGE_HUISELIJK_GEWELD', TRUE, 50),
    ('partnergeweld', 'Partnergeweld', 'Intimate partner violence', 'PARTNERGEWELD', TRUE, 60),
    ('ouderenmishandeling', 'Ouderenmishandeling', 'Elder abuse', 'OUDERENMISHANDELING', TRUE, 70),
    ('eergerelateerd-geweld', 'Eergerelateerd geweld', 'Honour-based violence', 'EERGERELATEERD_GEWELD', TRUE, 80),
    ('vrouwelijke-genitale-verminking', 'Vrouwelijke genitale verminking', 'Female genital mutilation', 'VROUWELIJKE_GENITALE_VERMINKING', TRUE, 90),
    ('huwelijksdwang-achterlating', 'Huwelijksdwang of achterlating', 'Forced marriage or abandonment abroad', 'HUWELIJKSDWANG_ACHTERLATING', TRUE, 100),
    ('mensenhandel-seksuele-uitbuiting', 'Mensenhandel of seksuele uitbuiting', 'Human trafficking or sexual exploitation', 'MENSENHANDEL_SEKSUELE_UITBUITING', TRUE, 110),
    ('anders', 'Anders', 'Other', 'ANDERS', TRUE, 120);
