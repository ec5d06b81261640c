-- SyncScope store, schema version 3: the quarantine is read per change log, newest first, and trimmed per
-- change log to its bound.
CREATE INDEX quarantine_topic ON quarantine (topic, id)
