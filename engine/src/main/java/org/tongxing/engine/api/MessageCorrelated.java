package org.tongxing.engine.api;

/**
 * A published or correlated message.
 *
 * @param processInstanceKey the first process instance it reached (or started), -1 if none
 */
public record MessageCorrelated(long messageKey, long processInstanceKey) {}
