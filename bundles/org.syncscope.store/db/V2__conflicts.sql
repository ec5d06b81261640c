-- SyncScope store, schema version 2: what the conflict console and the outbox publisher need.
-- conflicts.versions holds the full sibling events (JSON array in the wire format), ancestor the common one.
ALTER TABLE conflicts ADD COLUMN ancestor CLOB
;
ALTER TABLE conflicts ADD COLUMN replicas VARCHAR(1024)
;
ALTER TABLE conflicts ADD COLUMN differing_fields INT
;
ALTER TABLE conflicts ADD COLUMN version_count INT
;
ALTER TABLE conflicts ADD COLUMN updated_at BIGINT
;
ALTER TABLE outbox ADD COLUMN cluster_id VARCHAR(128)
;
ALTER TABLE outbox ADD COLUMN attempts INT DEFAULT 0 NOT NULL
;
ALTER TABLE outbox ADD COLUMN last_error VARCHAR(2000)
;
CREATE INDEX outbox_state ON outbox (state, id)
;
ALTER TABLE audit_log ADD COLUMN conflict_id BIGINT
;
CREATE INDEX audit_time ON audit_log (occurred_at)
