package org.tongxing.workers.households;

/**
 * The result of checking one person's household registration (an element of process variable {@code
 * householdChecks}).
 *
 * @param registered whether the person has an active household registration, anywhere in China
 *     (policy item 1.7)
 * @param regionCode the county-level division of the registration (GB/T 2260), or {@code null}
 * @param regionName for example 四川省成都市武侯区, or {@code null}
 * @param reason why the registration does not count, in Chinese; {@code null} when registered
 */
public record HouseholdCheck(
    String idNumber,
    String name,
    boolean registered,
    String regionCode,
    String regionName,
    String reason) {}
