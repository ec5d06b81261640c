-- SyncScope store, schema version 5: how far a link's source is behind its database, in bytes (a Debezium
-- source connector's replication slot; -1 where nothing reads it), for the charts and the history.
ALTER TABLE metric_samples ADD COLUMN slot_lag_bytes BIGINT NOT NULL DEFAULT -1
