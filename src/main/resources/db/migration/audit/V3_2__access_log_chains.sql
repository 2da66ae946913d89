-- audit: several hash chains instead of one (issue 14, ADR-0034). One chain serialised every append of every node
-- behind one lock held until the writing transaction commits. Now a row belongs to one of the chains listed in
-- audit.access_log_chain; an append locks that chain's row (FOR UPDATE SKIP LOCKED picks a free one), links to the
-- chain's last hash kept there, and writes the new last hash in the same transaction. Each chain is a complete hash
-- chain of its own: a changed, removed or inserted row still breaks every link after it in its chain.
-- Rows written before this migration are chain 0 and keep their hashes; chain 0 simply goes on from its last row.
-- Adding a chain later is inserting a row here with the genesis hash (and a checkpoint, see V3_3).
ALTER TABLE audit.access_log ADD COLUMN chain SMALLINT NOT NULL DEFAULT 0;

CREATE TABLE audit.access_log_chain (
    chain     SMALLINT PRIMARY KEY CHECK (chain >= 0),
    last_hash TEXT NOT NULL
);

INSERT INTO audit.access_log_chain (chain, last_hash)
SELECT 0, coalesce((SELECT hash FROM audit.access_log ORDER BY seq DESC LIMIT 1), repeat('0', 64));
INSERT INTO audit.access_log_chain (chain, last_hash)
SELECT g, repeat('0', 64) FROM generate_series(1, 7) AS g;
