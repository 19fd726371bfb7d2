-- The sequence flows each instance took (once per flow), for a diagram of the path taken.
CREATE TABLE search_sequence_flow (
  process_instance_key  BIGINT NOT NULL,
  element_id            VARCHAR(255) NOT NULL,
  definition_key        BIGINT,
  bpmn_process_id       VARCHAR(255),
  PRIMARY KEY (process_instance_key, element_id)
);

-- Per-element counts of a definition read its element instances by element.
CREATE INDEX search_element_instance_definition
  ON search_element_instance (definition_key, element_id);
