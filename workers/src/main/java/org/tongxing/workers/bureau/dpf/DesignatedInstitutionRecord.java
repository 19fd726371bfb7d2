package org.tongxing.workers.bureau.dpf;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * An institution as the DPF's designated-institution registry answers it (items 5.1 and 6.2).
 *
 * @param ownership {@code public} or {@code private}
 * @param status {@value #DESIGNATED}, {@value #SUSPENDED} or {@value #EXITED}
 * @param managingDepartment {@code health} or {@code education} (item 5.2)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DesignatedInstitutionRecord(
    String unifiedSocialCreditCode,
    String name,
    String ownership,
    String ownershipName,
    String legalPersonType,
    String county,
    String managingDepartment,
    List<String> services,
    String status,
    String statusName,
    String statusReason,
    LocalDate designatedOn,
    LocalDate exitedOn,
    Agreement agreement,
    LocalDate lastReviewedOn,
    Payee payee) {

  public static final String DESIGNATED = "DESIGNATED";
  public static final String SUSPENDED = "SUSPENDED";
  public static final String EXITED = "EXITED";

  /** The service agreement (定点服务协议). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Agreement(String agreementNumber, LocalDate validFrom, LocalDate validUntil) {}

  /** The account the institution's subsidies are paid to. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Payee(String accountName, String accountNumber, String bankName) {}
}
