-- Process instances waiting for a message (catch events, receive tasks, boundary events) and
-- what became of each wait: CREATED, CORRELATED or DELETED.
CREATE TABLE search_message_subscription (
  subscription_key      BIGINT PRIMARY KEY,
  process_instance_key  BIGINT,
  element_instance_key  BIGINT,
  definition_key        BIGINT,
  bpmn_process_id       VARCHAR(255),
  element_id            VARCHAR(255),
  message_name          VARCHAR(255),
  correlation_key       VARCHAR(255),
  state                 VARCHAR(16),
  last_updated          BIGINT
);
CREATE INDEX search_message_subscription_instance
  ON search_message_subscription (process_instance_key);
CREATE INDEX search_message_subscription_message
  ON search_message_subscription (message_name, correlation_key);
