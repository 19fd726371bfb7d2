-- The engine's log: one row per batch of records (one command and everything it caused).
CREATE TABLE engine_log (
  first_position BIGINT PRIMARY KEY,
  last_position  BIGINT NOT NULL,
  data           VARBINARY(1000000000) NOT NULL
);

-- How far each exporter got: a restart resumes after this position.
CREATE TABLE exporter_position (
  exporter_id VARCHAR(100) PRIMARY KEY,
  position    BIGINT NOT NULL
);
