-- Pages of a filtered search, newest first, read from an index on the filter's equalities and
-- the order, stopping at the page's end (docs/search-at-scale.md): all instances in a state by
-- start date (monitoring), a user's tasks in a state by creation date (the tasklist's "mine";
-- it replaces the index on assignee and state, whose look-ups it serves too).
CREATE INDEX search_process_instance_state_start ON search_process_instance (state, start_time);
DROP INDEX search_user_task_assignee;
CREATE INDEX search_user_task_assignee_state_created
  ON search_user_task (assignee, state, creation_time);
-- Whether a case has a variable of a value (a county's tasks) is looked up per row the search
-- walks: with the value in the index each look-up is one index probe; without it H2 preferred
-- the index on name and value and read every variable of the county for each row. It replaces
-- the index on scope and name, whose look-ups it serves too.
DROP INDEX search_variable_scope;
CREATE INDEX search_variable_scope_value ON search_variable (scope_key, name, value_prefix);
-- Open tasks by creation date, as before, now with their case: counting a county's open tasks
-- reads the case from the index instead of each task's row.
DROP INDEX search_user_task_state;
CREATE INDEX search_user_task_state_created
  ON search_user_task (state, creation_time, process_instance_key);
