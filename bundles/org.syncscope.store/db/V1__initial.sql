-- SyncScope store, schema version 1. One statement per block, blocks separated by lines holding only ';'.
-- Times are epoch milliseconds (UTC); JSON documents are CLOBs.
CREATE TABLE metric_samples (
  link_id VARCHAR(128) NOT NULL,
  resolution_ms INT NOT NULL,
  sample_time BIGINT NOT NULL,
  status VARCHAR(16),
  offset_lag BIGINT,
  time_lag_ms BIGINT,
  events_per_sec DOUBLE,
  bytes_per_sec DOUBLE,
  conflicts_detected BIGINT,
  conflicts_closed BIGINT,
  open_conflicts INT,
  PRIMARY KEY (link_id, resolution_ms, sample_time)
)
;
CREATE TABLE conflicts (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  link_id VARCHAR(128) NOT NULL,
  record_key VARCHAR(1024) NOT NULL,
  detected_at BIGINT NOT NULL,
  state VARCHAR(16) NOT NULL,
  versions CLOB NOT NULL,
  closed_at BIGINT,
  state_reason VARCHAR(2000)
)
;
CREATE INDEX conflicts_open ON conflicts (state, link_id)
;
CREATE TABLE resolutions (
  resolution_id VARCHAR(64) NOT NULL PRIMARY KEY,
  conflict_id BIGINT NOT NULL REFERENCES conflicts (id),
  policy VARCHAR(32) NOT NULL,
  resolved_event CLOB NOT NULL,
  created_at BIGINT NOT NULL,
  operator VARCHAR(128) NOT NULL
)
;
CREATE TABLE outbox (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  resolution_id VARCHAR(64) NOT NULL,
  topic VARCHAR(249) NOT NULL,
  record_key VARCHAR(1024) NOT NULL,
  record_value BLOB NOT NULL,
  state VARCHAR(16) NOT NULL,
  created_at BIGINT NOT NULL,
  sent_at BIGINT
)
;
CREATE TABLE audit_log (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  occurred_at BIGINT NOT NULL,
  operator VARCHAR(128) NOT NULL,
  action VARCHAR(64) NOT NULL,
  link_id VARCHAR(128),
  record_key VARCHAR(1024),
  before_value CLOB,
  after_value CLOB,
  reason VARCHAR(2000)
)
;
CREATE TABLE replay_jobs (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  link_id VARCHAR(128),
  source_topic VARCHAR(249) NOT NULL,
  target_topic VARCHAR(249) NOT NULL,
  range_spec CLOB NOT NULL,
  key_filter VARCHAR(1024),
  state VARCHAR(16) NOT NULL,
  total_events BIGINT,
  done_events BIGINT,
  progress CLOB,
  started_at BIGINT,
  finished_at BIGINT,
  outcome VARCHAR(2000),
  reason VARCHAR(2000) NOT NULL,
  operator VARCHAR(128) NOT NULL
)
;
CREATE TABLE quarantine (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  topic VARCHAR(249) NOT NULL,
  record_partition INT NOT NULL,
  record_offset BIGINT NOT NULL,
  record_key BLOB,
  record_value BLOB,
  reason VARCHAR(2000) NOT NULL,
  quarantined_at BIGINT NOT NULL
)
