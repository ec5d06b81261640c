-- SyncScope store, schema version 7: erasure of a key's data (Forget Key). An audit row whose key and values
-- were erased keeps their SHA-256 digests, so the hash chain still verifies it; NULL for rows never erased.
ALTER TABLE audit_log ADD COLUMN key_digest CHAR(64)
;
ALTER TABLE audit_log ADD COLUMN before_digest CHAR(64)
;
ALTER TABLE audit_log ADD COLUMN after_digest CHAR(64)
