package org.tongxing.engine.model.executable;

import org.tongxing.engine.feel.Expression;

/**
 * One {@code zeebe:input} or {@code zeebe:output}: the value of {@code source} is written to the
 * variable (or nested path, {@code a.b.c}) {@code target}.
 */
public record VariableMapping(Expression source, String target) {}
