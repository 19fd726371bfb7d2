package org.tongxing.sandbox.establishment;

import java.util.List;
import org.tongxing.sandbox.AnnualHeadcount;
import org.tongxing.sandbox.RegistrationStatus;

/**
 * A Party or government organ or a public institution (事业单位) as the establishment office (市委编办,
 * 机构编制) records it, and as {@code GET /sandbox/establishment/public-bodies/{creditCode}} answers
 * it. Policy item 1.4 excludes organs and fully state-funded institutions from the employment
 * subsidy; this is the data that tells them apart.
 *
 * @param creditCode 统一社会信用代码; registration authority code 1 (机构编制)
 * @param bodyType {@code party-government-organ} (党政机关) or {@code public-institution} (事业单位)
 * @param fundingType 经费形式: {@code full} (全额拨款), {@code partial} (差额拨款) or {@code self-financed}
 *     (自收自支); organs are {@code full}
 * @param authorisedStaff 编制数
 * @param staffReports the staff actually employed (实有人数) in each reported year
 */
public record PublicBody(
    String creditCode,
    String name,
    String bodyType,
    String bodyTypeName,
    String fundingType,
    String fundingTypeName,
    String regionCode,
    int authorisedStaff,
    RegistrationStatus status,
    String statusName,
    List<AnnualHeadcount> staffReports) {

  public PublicBody {
    staffReports = staffReports == null ? List.of() : List.copyOf(staffReports);
  }
}
