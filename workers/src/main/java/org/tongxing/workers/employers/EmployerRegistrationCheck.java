package org.tongxing.workers.employers;

/**
 * What the employer's registry says about it (process variable {@code employerRegistration}): the
 * facts policy items 1.4–1.6 turn on. Item 1.4 excludes Party and government organs and fully
 * state-funded institutions; items 1.5 and 1.6 compare the disabled employees with the workforce;
 * item 1.6 is for enterprises.
 *
 * @param found whether the registry has the employer
 * @param registry {@code market-regulation} (市场监管), {@code establishment} (市委编办) or {@code
 *     civil-affairs} (民政), by the code's registration authority; {@code null} if none applies
 * @param category {@code enterprise}, {@code individual-business}, {@code farmer-cooperative},
 *     {@code party-government-organ}, {@code public-institution} or {@code social-organisation}
 * @param legalForm the registry's own name of the type, for example 有限责任公司（自然人投资或控股）
 * @param fundingType for public bodies: {@code full} (全额拨款), {@code partial} or {@code
 *     self-financed}; {@code null} otherwise
 * @param legalPerson whether it has legal-person status (法人资格)
 * @param nameMatches whether the registered name is the declared one
 * @param regionCode the county of its registered address (GB/T 2260)
 * @param active whether it is registered and operating (存续)
 * @param workforce its headcount in the year as reported to the registry; {@code null} if none
 * @param reason what stands in the way, in Chinese: not found, deregistered, another name; {@code
 *     null} when nothing does
 */
public record EmployerRegistrationCheck(
    String creditCode,
    boolean found,
    String registry,
    String registryName,
    String category,
    String categoryName,
    String legalForm,
    String fundingType,
    String fundingTypeName,
    boolean legalPerson,
    String registeredName,
    boolean nameMatches,
    String regionCode,
    String status,
    String statusName,
    boolean active,
    Integer workforce,
    String reason) {

  static EmployerRegistrationCheck notFound(
      String creditCode, String registry, String registryName, String reason) {
    return new EmployerRegistrationCheck(
        creditCode,
        false,
        registry,
        registryName,
        null,
        null,
        null,
        null,
        null,
        false,
        null,
        false,
        null,
        null,
        null,
        false,
        null,
        reason);
  }
}
