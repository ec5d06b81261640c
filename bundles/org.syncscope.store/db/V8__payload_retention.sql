-- SyncScope store, schema version 8: a link's payload retention purges the captured events of its closed
-- conflicts after some days; when that happened, NULL while they are kept.
ALTER TABLE conflicts ADD COLUMN payloads_purged_at BIGINT
