-- veiligthuis: which version of the working-day calendar's equated days (organisation, ADR-0017) the VB deadlines of
-- the open meldingen were last computed on. At start-up, and whenever the calendar changes, deadlines computed on an
-- older version are computed again (TermijnHerberekening); this row makes that happen also for deadlines stored before
-- the list of equated days existed, such as a melding of 24 December 2025 whose deadline missed 2 January 2026.
CREATE TABLE veiligthuis.termijn_kalender (
    id             INT PRIMARY KEY CHECK (id = 1),
    versie         BIGINT NOT NULL,
    herberekend_op TIMESTAMPTZ NOT NULL
);
