package org.tongxing.workers.employers;

import java.util.Map;
import java.util.Optional;
import org.tongxing.workers.bureau.AnnualHeadcount;
import org.tongxing.workers.bureau.civilaffairs.SocialOrganisation;
import org.tongxing.workers.bureau.establishment.PublicBody;
import org.tongxing.workers.bureau.market.BusinessRegistration;
import org.tongxing.workers.identifiers.UnifiedSocialCreditCode;

/**
 * Turns the answer of the employer's registry into the facts of an {@link
 * EmployerRegistrationCheck}. Which registry to ask follows from the credit code's registration
 * authority code (GB 32100): 9 market regulation, 1 the establishment office, 5 civil affairs.
 */
final class EmployerRegistrationRules {

  static final String MARKET = "market-regulation";
  static final String ESTABLISHMENT = "establishment";
  static final String CIVIL_AFFAIRS = "civil-affairs";

  static final String REASON_MISSING_CODE = "未填写统一社会信用代码";
  static final String REASON_INVALID_CODE = "统一社会信用代码校验不通过";
  static final String REASON_OTHER_AUTHORITY = "该统一社会信用代码的登记管理部门不在可核验范围（可核验：市场监管、机构编制、民政登记的单位）";

  /** After the registry's name: 市场监管部门查无此单位. */
  static final String REASON_NOT_FOUND = "查无此单位";

  static final String REASON_NOT_ACTIVE = "单位登记状态为";
  static final String REASON_OTHER_NAME = "申报单位名称与登记名称不符，登记名称为";
  static final String ACTIVE = "ACTIVE";

  private static final Map<String, String> REGISTRY_NAMES =
      Map.of(MARKET, "市场监管部门", ESTABLISHMENT, "市委编办", CIVIL_AFFAIRS, "民政部门");
  private static final Map<String, String> CATEGORY_NAMES =
      Map.of(
          "enterprise", "企业",
          "individual-business", "个体工商户",
          "farmer-cooperative", "农民专业合作社",
          "party-government-organ", "党政机关",
          "public-institution", "事业单位",
          "social-organisation", "社会组织");

  private EmployerRegistrationRules() {}

  /** The registry for a valid code, or empty if its authority is none of the three. */
  static Optional<String> registryOf(String creditCode) {
    return switch (UnifiedSocialCreditCode.registrationAuthority(creditCode)) {
      case UnifiedSocialCreditCode.MARKET_REGULATION -> Optional.of(MARKET);
      case UnifiedSocialCreditCode.ESTABLISHMENT_OFFICE -> Optional.of(ESTABLISHMENT);
      case UnifiedSocialCreditCode.CIVIL_AFFAIRS -> Optional.of(CIVIL_AFFAIRS);
      default -> Optional.empty();
    };
  }

  static String registryName(String registry) {
    return REGISTRY_NAMES.get(registry);
  }

  static EmployerRegistrationCheck notFound(String creditCode, String registry) {
    return EmployerRegistrationCheck.notFound(
        creditCode, registry, registryName(registry), registryName(registry) + REASON_NOT_FOUND);
  }

  static EmployerRegistrationCheck of(
      BusinessRegistration business, String declaredName, int year) {
    return check(
        business.creditCode(),
        MARKET,
        business.entityType(),
        business.entityTypeName(),
        null,
        null,
        business.legalPerson(),
        business.name(),
        declaredName,
        business.regionCode(),
        business.status(),
        business.statusName(),
        AnnualHeadcount.of(business.annualReports(), year).orElse(null));
  }

  static EmployerRegistrationCheck of(PublicBody body, String declaredName, int year) {
    return check(
        body.creditCode(),
        ESTABLISHMENT,
        body.bodyType(),
        body.bodyTypeName(),
        body.fundingType(),
        body.fundingTypeName(),
        true,
        body.name(),
        declaredName,
        body.regionCode(),
        body.status(),
        body.statusName(),
        AnnualHeadcount.of(body.staffReports(), year).orElse(null));
  }

  static EmployerRegistrationCheck of(
      SocialOrganisation organisation, String declaredName, int year) {
    return check(
        organisation.creditCode(),
        CIVIL_AFFAIRS,
        "social-organisation",
        organisation.organisationTypeName(),
        null,
        null,
        true,
        organisation.name(),
        declaredName,
        organisation.regionCode(),
        organisation.status(),
        organisation.statusName(),
        AnnualHeadcount.of(organisation.annualReports(), year).orElse(null));
  }

  private static EmployerRegistrationCheck check(
      String creditCode,
      String registry,
      String category,
      String legalForm,
      String fundingType,
      String fundingTypeName,
      boolean legalPerson,
      String registeredName,
      String declaredName,
      String regionCode,
      String status,
      String statusName,
      Integer workforce) {
    boolean active = ACTIVE.equals(status);
    boolean nameMatches = declaredName != null && declaredName.strip().equals(registeredName);
    String reason =
        !active
            ? REASON_NOT_ACTIVE + statusName
            : !nameMatches ? REASON_OTHER_NAME + "“" + registeredName + "”" : null;
    return new EmployerRegistrationCheck(
        creditCode,
        true,
        registry,
        registryName(registry),
        category,
        CATEGORY_NAMES.getOrDefault(category, legalForm),
        legalForm,
        fundingType,
        fundingTypeName,
        legalPerson,
        registeredName,
        nameMatches,
        regionCode,
        status,
        statusName,
        active,
        workforce,
        reason);
  }
}
