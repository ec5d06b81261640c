-- SyncScope store, schema version 6: the audit trail is a hash chain. Each row carries its place in the chain
-- and a SHA-256 over the previous row's hash and its own content; the head holds the newest place and hash, so
-- that rows deleted at the end are seen too. Rows written before this version are chained when it is applied.
ALTER TABLE audit_log ADD COLUMN chain_seq BIGINT
;
ALTER TABLE audit_log ADD COLUMN row_hash CHAR(64)
;
CREATE TABLE audit_chain_head (
  id INT NOT NULL PRIMARY KEY,
  last_seq BIGINT NOT NULL,
  last_hash CHAR(64) NOT NULL
)
;
INSERT INTO audit_chain_head (id, last_seq, last_hash)
  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000')
