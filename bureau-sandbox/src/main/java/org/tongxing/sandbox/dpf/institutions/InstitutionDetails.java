package org.tongxing.sandbox.dpf.institutions;

import java.util.List;

/**
 * What an admission (定点准入) records about the institution.
 *
 * @param ownership {@code public} or {@code private}
 * @param legalPersonType public-institution (事业单位), private-non-enterprise (民办非企业单位) or enterprise
 *     (企业), item 5.2
 * @param managingDepartment {@code health} or {@code education}, the department that manages it
 *     (item 5.2)
 * @param services the rehabilitation categories it trains: visual, hearing, speech, physical,
 *     intellectual, autism
 */
public record InstitutionDetails(
    String name,
    String ownership,
    String legalPersonType,
    String county,
    String managingDepartment,
    List<String> services,
    Payee payee) {}
