-- Searching cases by a variable's value (an application id, a county) starts from the variables
-- that have it: the value's first 255 characters, indexed with the name.
ALTER TABLE search_variable ADD COLUMN value_prefix VARCHAR(255);
UPDATE search_variable SET value_prefix = SUBSTRING(var_value, 1, 255);
CREATE INDEX search_variable_value ON search_variable (name, value_prefix);
