-- Monitoring lists a process's instances in a state, newest first, often within a date range:
-- one index answers the filter, the order and the page.
CREATE INDEX search_process_instance_process_start
  ON search_process_instance (bpmn_process_id, state, start_time);
