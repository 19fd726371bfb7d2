package org.tongxing.sandbox.hrss;

import java.util.List;

/**
 * The content of the minimum wage data file.
 *
 * @param coveredUntilYear the last year the standards are known for; later years are not answered
 */
public record MinimumWageData(
    int coveredUntilYear, List<CountyWageTier> counties, List<MinimumWageStandard> standards) {}
