-- The default search side: what the search API reads, fed by the engine's records.
-- Times are epoch milliseconds; -1 or NULL when not (yet) known.

CREATE TABLE search_process_definition (
  definition_key   BIGINT PRIMARY KEY,
  bpmn_process_id  VARCHAR(255) NOT NULL,
  name             VARCHAR(255),
  version          INT NOT NULL,
  resource_name    VARCHAR(255),
  bpmn_xml         CLOB,
  deployment_key   BIGINT
);
CREATE INDEX search_process_definition_id ON search_process_definition (bpmn_process_id, version);

CREATE TABLE search_form (
  form_key        BIGINT PRIMARY KEY,
  form_id         VARCHAR(255) NOT NULL,
  version         INT NOT NULL,
  form_schema     CLOB
);
CREATE INDEX search_form_id ON search_form (form_id, version);

CREATE TABLE search_process_instance (
  instance_key                 BIGINT PRIMARY KEY,
  definition_key               BIGINT,
  bpmn_process_id              VARCHAR(255),
  version                      INT,
  state                        VARCHAR(16),
  start_time                   BIGINT,
  end_time                     BIGINT,
  parent_instance_key          BIGINT,
  parent_element_instance_key  BIGINT
);
CREATE INDEX search_process_instance_process ON search_process_instance (bpmn_process_id, state);
CREATE INDEX search_process_instance_start ON search_process_instance (start_time);

CREATE TABLE search_element_instance (
  element_instance_key  BIGINT PRIMARY KEY,
  process_instance_key  BIGINT,
  definition_key        BIGINT,
  bpmn_process_id       VARCHAR(255),
  element_id            VARCHAR(255),
  element_type          VARCHAR(32),
  state                 VARCHAR(16),
  start_time            BIGINT,
  end_time              BIGINT,
  flow_scope_key        BIGINT,
  incident_key          BIGINT
);
CREATE INDEX search_element_instance_instance ON search_element_instance (process_instance_key);

CREATE TABLE search_user_task (
  user_task_key            BIGINT PRIMARY KEY,
  name                     VARCHAR(255),
  state                    VARCHAR(16),
  assignee                 VARCHAR(255),
  element_id               VARCHAR(255),
  element_instance_key     BIGINT,
  process_instance_key     BIGINT,
  definition_key           BIGINT,
  bpmn_process_id          VARCHAR(255),
  version                  INT,
  form_key                 BIGINT,
  external_form_reference  VARCHAR(1000),
  creation_time            BIGINT,
  completion_time          BIGINT,
  due_date                 BIGINT,
  follow_up_date           BIGINT,
  priority                 INT,
  custom_headers           CLOB,
  candidate_groups         CLOB,
  candidate_users          CLOB
);
CREATE INDEX search_user_task_state ON search_user_task (state, creation_time);
CREATE INDEX search_user_task_assignee ON search_user_task (assignee, state);
CREATE INDEX search_user_task_instance ON search_user_task (process_instance_key);

-- one row per candidate group ('G') or user ('U') of a user task, for indexed filtering
CREATE TABLE search_user_task_candidate (
  user_task_key  BIGINT NOT NULL,
  kind           CHAR(1) NOT NULL,
  name           VARCHAR(255) NOT NULL,
  PRIMARY KEY (user_task_key, kind, name)
);
CREATE INDEX search_user_task_candidate_name ON search_user_task_candidate (kind, name);

CREATE TABLE search_variable (
  variable_key          BIGINT PRIMARY KEY,
  name                  VARCHAR(255),
  var_value             CLOB,
  scope_key             BIGINT,
  process_instance_key  BIGINT,
  definition_key        BIGINT,
  bpmn_process_id       VARCHAR(255)
);
CREATE INDEX search_variable_scope ON search_variable (scope_key, name);
CREATE INDEX search_variable_instance ON search_variable (process_instance_key, name);

CREATE TABLE search_incident (
  incident_key          BIGINT PRIMARY KEY,
  error_type            VARCHAR(64),
  error_message         CLOB,
  state                 VARCHAR(16),
  process_instance_key  BIGINT,
  definition_key        BIGINT,
  bpmn_process_id       VARCHAR(255),
  element_id            VARCHAR(255),
  element_instance_key  BIGINT,
  job_key               BIGINT,
  creation_time         BIGINT
);
CREATE INDEX search_incident_instance ON search_incident (process_instance_key, state);

CREATE TABLE search_job (
  job_key               BIGINT PRIMARY KEY,
  job_type              VARCHAR(255),
  worker                VARCHAR(255),
  state                 VARCHAR(32),
  retries               INT,
  error_message         CLOB,
  error_code            VARCHAR(255),
  deadline              BIGINT,
  process_instance_key  BIGINT,
  element_instance_key  BIGINT,
  element_id            VARCHAR(255),
  definition_key        BIGINT,
  bpmn_process_id       VARCHAR(255),
  custom_headers        CLOB,
  end_time              BIGINT
);
CREATE INDEX search_job_instance ON search_job (process_instance_key);
