-- Monitoring finds the cases at (or once at) the elements of a department's tasks, and those
-- failed at a bureau's service tasks: the process instance search's elementId,
-- elementInstanceState and hasElementInstanceIncident look up an instance's element instances.
CREATE INDEX search_element_instance_element
  ON search_element_instance (process_instance_key, element_id, state);
