package org.tongxing.search.query;

/**
 * A filter on a variable's value, for filters like "tasks whose process has applicant = \"张三\"".
 * The value is compared as JSON text.
 */
public record VariableValueFilter(String name, Operator operator, Object value) {}
