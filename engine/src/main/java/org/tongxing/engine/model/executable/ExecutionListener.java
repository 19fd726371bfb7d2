package org.tongxing.engine.model.executable;

import org.tongxing.engine.feel.Expression;

/**
 * One {@code zeebe:executionListener}: a job of {@code type} that runs before the element does its
 * work (start) or after its output mappings (end); the element waits for it.
 */
public record ExecutionListener(Expression type, Expression retries) {}
