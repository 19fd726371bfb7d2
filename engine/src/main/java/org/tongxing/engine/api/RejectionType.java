package org.tongxing.engine.api;

/** Why the engine refused a command; the gateway maps each to an HTTP status. */
public enum RejectionType {
  /** The command's input is malformed or invalid (400). */
  INVALID_ARGUMENT,
  /** An entity the command refers to does not exist (404). */
  NOT_FOUND,
  /** The entity exists but is in a state where the command cannot apply (409). */
  INVALID_STATE,
  /** The command would create something that already exists (409). */
  ALREADY_EXISTS,
  /** The engine is overloaded or shutting down (503). */
  UNAVAILABLE,
  /** The engine failed to process the command; nothing of it was applied (500). */
  PROCESSING_ERROR
}
