package org.tongxing.sandbox.hrss;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One published minimum wage standard of a tier (档次), in force from {@code validFrom} until the
 * next standard of the same tier.
 *
 * @param tier 1 (highest) to 3; each county belongs to one tier
 * @param monthlyMinimumWage 月最低工资标准, yuan
 * @param hourlyMinimumWage 非全日制小时最低工资标准, yuan
 */
public record MinimumWageStandard(
    int tier, LocalDate validFrom, BigDecimal monthlyMinimumWage, BigDecimal hourlyMinimumWage) {}
