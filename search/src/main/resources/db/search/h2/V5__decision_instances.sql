-- Every evaluation of a decision (by a business rule task or on request), with what went in,
-- which rules matched and what came out.
CREATE TABLE search_decision_instance (
  instance_id            VARCHAR(64) PRIMARY KEY,
  evaluation_key         BIGINT,
  state                  VARCHAR(16),
  evaluation_date        BIGINT,
  evaluation_failure     CLOB,
  decision_id            VARCHAR(255),
  decision_name          VARCHAR(255),
  decision_version       INT,
  decision_key           BIGINT,
  decision_type          VARCHAR(32),
  result                 CLOB,
  evaluated_inputs       CLOB,
  matched_rules          CLOB,
  process_definition_key BIGINT,
  process_instance_key   BIGINT,
  element_instance_key   BIGINT
);
CREATE INDEX search_decision_instance_instance ON search_decision_instance (process_instance_key);
CREATE INDEX search_decision_instance_decision ON search_decision_instance (decision_id);
