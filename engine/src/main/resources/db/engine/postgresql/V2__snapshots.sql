-- Snapshots of the engine state: a restart restores the latest and replays only the log after
-- its position; log rows before it (and before every exporter's position) are deleted.
CREATE TABLE engine_snapshot (
  position   BIGINT PRIMARY KEY,
  created_at BIGINT NOT NULL,
  data       BYTEA NOT NULL
);
