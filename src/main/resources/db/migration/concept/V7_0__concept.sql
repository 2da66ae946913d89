-- concept: what a user typed in a form and has not saved yet, one row per user and form (ADR-0015). Only the same
-- user reads it back; a saved form removes its draft, and drafts past their term are removed each night.
CREATE SCHEMA concept;

CREATE TABLE concept.concept (
    user_id       UUID NOT NULL,
    sleutel       TEXT NOT NULL CHECK (sleutel ~ '^[a-z][a-z0-9:-]{0,120}$'),
    velden        JSONB NOT NULL CHECK (jsonb_typeof(velden) = 'object'),
    opgeslagen_op TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, sleutel)
);
CREATE INDEX concept_opgeslagen_idx ON concept.concept (opgeslagen_op);
