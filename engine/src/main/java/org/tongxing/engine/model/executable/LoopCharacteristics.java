package org.tongxing.engine.model.executable;

import org.tongxing.engine.feel.Expression;

/**
 * A multi-instance activity's loop ({@code zeebe:loopCharacteristics}): one inner instance per item
 * of the input collection, in parallel or one after another.
 *
 * @param inputElement the local variable holding each instance's item, or null
 * @param outputCollection the variable collecting each instance's output element, or null
 * @param outputElement evaluated when an inner instance completes, or null
 * @param completionCondition ends the loop early when true (会签/或签), or null
 */
public record LoopCharacteristics(
    boolean sequential,
    Expression inputCollection,
    String inputElement,
    String outputCollection,
    Expression outputElement,
    Expression completionCondition) {}
