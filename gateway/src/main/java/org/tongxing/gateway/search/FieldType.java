package org.tongxing.gateway.search;

/** How a filter value travels in JSON and what the search side expects. */
public enum FieldType {
  /** A key: a JSON string holding a long (numbers are accepted too). */
  KEY,
  STRING,
  INTEGER,
  /** An ISO 8601 date-time with offset; epoch milliseconds on the search side. */
  DATE,
  BOOLEAN,
  /** A list of {name, value} filters on variables; values are JSON text. */
  VARIABLES,
  /** The tenant: everything is in the default tenant on the embedded runtime. */
  TENANT,
  /**
   * Tags an instance must all have: instances have none on the embedded runtime, so an empty list
   * (what the client sends by default) filters nothing and any other matches nothing.
   */
  TAGS
}
