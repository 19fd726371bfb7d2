package org.tongxing.sandbox.dpf.training;

import java.math.BigDecimal;

/**
 * One month of a child's rehabilitation training as the institution reported it.
 *
 * @param month {@code yyyy-MM}
 * @param trainingDays days the child attended
 * @param cost the training fee charged for the month, in yuan (the actual cost item 6.2's ceilings
 *     apply to)
 */
public record TrainingMonth(String month, int trainingDays, BigDecimal cost) {}
