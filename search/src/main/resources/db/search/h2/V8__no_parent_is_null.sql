-- a root instance has no parent: NULL, not -1, so that a filter for whether there is a parent
-- ($exists) means the same here as on Elasticsearch
UPDATE search_process_instance SET parent_instance_key = NULL WHERE parent_instance_key < 0;
UPDATE search_process_instance SET parent_element_instance_key = NULL
  WHERE parent_element_instance_key < 0;
