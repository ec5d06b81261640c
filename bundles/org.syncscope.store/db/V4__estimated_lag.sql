-- SyncScope store, schema version 4: whether a sample's time lag was an estimate (interpolated or
-- extrapolated), so that the charts can show it as one.
ALTER TABLE metric_samples ADD COLUMN lag_estimated SMALLINT NOT NULL DEFAULT 0
