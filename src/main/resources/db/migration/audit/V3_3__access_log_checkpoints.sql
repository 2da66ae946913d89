-- audit: verified checkpoints (issue 14, ADR-0034). After a check found a chain intact up to row seq, it writes
-- (chain, seq, hash): the next check starts there instead of at the first row of 50 million. Append-only like the log.
-- A checkpoint with the genesis hash marks where a new chain starts: its rows all come after that seq.
CREATE TABLE audit.access_log_checkpoint (
    id          BIGSERIAL PRIMARY KEY,
    chain       SMALLINT NOT NULL,
    seq         BIGINT NOT NULL,
    hash        TEXT NOT NULL,
    verified_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    rows_checked BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX access_log_checkpoint_chain_idx ON audit.access_log_checkpoint (chain, id);

CREATE FUNCTION audit.refuse_checkpoint_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit.access_log_checkpoint is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER access_log_checkpoint_append_only
    BEFORE UPDATE OR DELETE ON audit.access_log_checkpoint
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_checkpoint_change();
CREATE TRIGGER access_log_checkpoint_no_truncate
    BEFORE TRUNCATE ON audit.access_log_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_checkpoint_change();

-- the new chains 1..7 start empty after the last row written so far (chain 0 has no checkpoint until its first check)
INSERT INTO audit.access_log_checkpoint (chain, seq, hash)
SELECT chain, coalesce((SELECT max(seq) FROM audit.access_log), 0), last_hash
FROM audit.access_log_chain WHERE chain > 0;
