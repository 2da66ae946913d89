-- keten between Schakel instances (issue 11, ADR-0025): the transactional outbox and the inbox of the federation.
--
-- keten.uitgaand_bericht: one row per message to a remote party, written in the transaction of the action (a melding
-- sent, a terugkoppeling, ...) instead of the in-process event. It holds no personal data: the body is built at
-- delivery from the keten copy tables (onderwerp_id names the object), and laatste_fout holds an exception type or an
-- HTTP status only. Not append-only: the deliverer counts attempts and marks the row delivered on the receiver's 2xx.
-- Rows are never deleted, so the platformbeheerder and the dossier can say what was delivered when.
CREATE TABLE keten.uitgaand_bericht (
    id                  UUID PRIMARY KEY,
    soort               TEXT NOT NULL CHECK (soort ~ '^[A-Z_]{1,40}$'),
    van_tenant_id       UUID NOT NULL,
    ontvanger_oin       TEXT NOT NULL,
    ontvanger_tenant_id UUID NOT NULL,
    onderwerp_id        UUID NOT NULL,
    gemaakt_op          TIMESTAMPTZ NOT NULL,
    pogingen            INT NOT NULL DEFAULT 0 CHECK (pogingen >= 0),
    volgende_poging     TIMESTAMPTZ NOT NULL,
    laatste_fout        TEXT CHECK (length(laatste_fout) <= 200),
    afgeleverd_op       TIMESTAMPTZ
);
CREATE INDEX uitgaand_bericht_te_bezorgen_idx ON keten.uitgaand_bericht (volgende_poging) WHERE afgeleverd_op IS NULL;
CREATE INDEX uitgaand_bericht_onderwerp_idx ON keten.uitgaand_bericht (onderwerp_id);

-- keten.ontvangen_bericht: every message received from a remote party, by its id, stored once in the same transaction
-- as the copy in the keten tables and the local event; a repeat finds its row and changes nothing. Append-only.
CREATE TABLE keten.ontvangen_bericht (
    id            UUID PRIMARY KEY,
    soort         TEXT NOT NULL,
    afzender_oin  TEXT NOT NULL,
    van_tenant_id UUID NOT NULL,
    aan_tenant_id UUID NOT NULL,
    ontvangen_op  TIMESTAMPTZ NOT NULL
);

CREATE TRIGGER ontvangen_bericht_append_only
    BEFORE UPDATE OR DELETE ON keten.ontvangen_bericht
    FOR EACH ROW EXECUTE FUNCTION keten.refuse_change();
CREATE TRIGGER ontvangen_bericht_no_truncate
    BEFORE TRUNCATE ON keten.ontvangen_bericht
    FOR EACH STATEMENT EXECUTE FUNCTION keten.refuse_change();

-- A status report travels between instances as a message of its own, so it gets an id (the same on both sides, so a
-- repeat is recognised); reports stored before have none. Adding a nullable column rewrites no row.
ALTER TABLE keten.melding_status ADD COLUMN id UUID UNIQUE;
