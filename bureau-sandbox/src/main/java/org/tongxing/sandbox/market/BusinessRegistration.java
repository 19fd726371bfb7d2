package org.tongxing.sandbox.market;

import java.time.LocalDate;
import java.util.List;
import org.tongxing.sandbox.AnnualHeadcount;
import org.tongxing.sandbox.RegistrationStatus;

/**
 * A market entity's registration (市场主体登记) as market regulation (市场监管) records it, and as {@code GET
 * /sandbox/market-regulation/business-registrations/{creditCode}} answers it.
 *
 * @param creditCode 统一社会信用代码; registration authority code 9 (market regulation)
 * @param entityType {@code enterprise} (企业), {@code individual-business} (个体工商户) or {@code
 *     farmer-cooperative} (农民专业合作社)
 * @param entityTypeName the legal form in Chinese, for example 有限责任公司（自然人投资或控股）
 * @param legalPerson whether the entity has legal-person status (法人资格); an individual business has
 *     none
 * @param regionCode county-level division of the registered address (GB/T 2260)
 * @param statusName 存续, 注销 or 吊销
 * @param closedOn when it was deregistered or revoked; {@code null} while active
 * @param annualReports the workforce (从业人数) of each reported year
 */
public record BusinessRegistration(
    String creditCode,
    String name,
    String entityType,
    String entityTypeName,
    boolean legalPerson,
    String legalRepresentative,
    String regionCode,
    String address,
    LocalDate establishedOn,
    RegistrationStatus status,
    String statusName,
    LocalDate closedOn,
    List<AnnualHeadcount> annualReports) {

  public BusinessRegistration {
    annualReports = annualReports == null ? List.of() : List.copyOf(annualReports);
  }
}
