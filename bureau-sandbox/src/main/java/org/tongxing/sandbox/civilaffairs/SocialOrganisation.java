package org.tongxing.sandbox.civilaffairs;

import java.time.LocalDate;
import java.util.List;
import org.tongxing.sandbox.AnnualHeadcount;
import org.tongxing.sandbox.RegistrationStatus;

/**
 * A social organisation (社会组织) as civil affairs (民政) registers it, and as {@code GET
 * /sandbox/civil-affairs/social-organisations/{creditCode}} answers it.
 *
 * @param creditCode 统一社会信用代码; registration authority code 5 (民政)
 * @param organisationType {@code social-group} (社会团体), {@code private-non-enterprise} (民办非企业单位 /
 *     社会服务机构) or {@code foundation} (基金会)
 * @param annualReports the staff (工作人员数) of each year's annual inspection
 */
public record SocialOrganisation(
    String creditCode,
    String name,
    String organisationType,
    String organisationTypeName,
    String legalRepresentative,
    String regionCode,
    LocalDate registeredOn,
    RegistrationStatus status,
    String statusName,
    List<AnnualHeadcount> annualReports) {

  public SocialOrganisation {
    annualReports = annualReports == null ? List.of() : List.copyOf(annualReports);
  }
}
