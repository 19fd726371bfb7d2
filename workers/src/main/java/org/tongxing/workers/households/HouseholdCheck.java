package org.tongxing.workers.households;

import org.tongxing.workers.identifiers.WenzhouCounty;

/**
 * The result of checking one person's household registration (an element of process variable {@code
 * householdChecks}).
 *
 * @param registered whether the person has an active household registration, anywhere in China
 *     (policy item 1.7)
 * @param regionCode the county-level division of the registration (GB/T 2260), or {@code null}
 * @param regionName for example 四川省成都市武侯区, or {@code null}
 * @param reason why the registration does not count, in Chinese; {@code null} when registered
 * @param county the Wenzhou county of the registration by its id ({@code lucheng}), as forms and
 *     monitoring name counties; {@code null} outside Wenzhou
 */
public record HouseholdCheck(
    String idNumber,
    String name,
    boolean registered,
    String regionCode,
    String regionName,
    String reason,
    String county) {

  public HouseholdCheck(
      String idNumber,
      String name,
      boolean registered,
      String regionCode,
      String regionName,
      String reason) {
    this(
        idNumber,
        name,
        registered,
        regionCode,
        regionName,
        reason,
        WenzhouCounty.idOf(regionCode).orElse(null));
  }
}
