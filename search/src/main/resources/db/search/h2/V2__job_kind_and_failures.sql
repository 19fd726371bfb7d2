-- What the job search of the Camunda 8 API filters on besides the V1 columns: whether the job
-- runs a BPMN element or an execution listener (and which event), and whether it has failed
-- with retries left.
ALTER TABLE search_job ADD COLUMN kind VARCHAR(32);
ALTER TABLE search_job ADD COLUMN listener_event_type VARCHAR(32);
ALTER TABLE search_job ADD COLUMN has_failed_with_retries_left BOOLEAN;
ALTER TABLE search_job ADD COLUMN creation_time BIGINT;

-- rows projected before: every job was an element's; their states become the API's
UPDATE search_job SET kind = 'BPMN_ELEMENT', listener_event_type = 'UNSPECIFIED',
  has_failed_with_retries_left = (state = 'FAILED' AND retries > 0)
  WHERE kind IS NULL;
UPDATE search_job SET state = 'CREATED'
  WHERE state IN ('ACTIVATED', 'YIELDED', 'TIMEOUT_UPDATED');
UPDATE search_job SET state = 'FAILED' WHERE state = 'RECURRED_AFTER_BACKOFF';
