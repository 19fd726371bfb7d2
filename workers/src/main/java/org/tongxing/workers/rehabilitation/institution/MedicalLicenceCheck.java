package org.tongxing.workers.rehabilitation.institution;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tongxing.workers.bureau.health.MedicalInstitutionLicence;
import org.tongxing.workers.rehabilitation.IsoDates;

/**
 * Whether the institution holds a medical institution licence on the day of the check (process
 * variable {@code medicalLicence}); one that does comes under the health department's management,
 * the others under education's (item 5.2).
 *
 * @param held a licence in force on {@code asOf}
 * @param matchesDeclared whether it is the licence the application names (true when it names none)
 * @param reason in Chinese, when the institution holds none or the declared one differs
 */
public record MedicalLicenceCheck(
    boolean held,
    String asOf,
    String licenceNumber,
    String institutionCategory,
    String practiceScope,
    String validFrom,
    String validUntil,
    String issuingAuthority,
    boolean matchesDeclared,
    String reason) {

  static final String REASON_NONE = "未持有在有效期内的医疗机构执业许可证";
  static final String REASON_OTHER_NUMBER = "申报的许可证号与卫健部门登记不一致";

  static MedicalLicenceCheck of(
      List<MedicalInstitutionLicence> licences, String declaredNumber, LocalDate asOf) {
    Optional<MedicalInstitutionLicence> inForce =
        licences.stream()
            .filter(licence -> licence.inForceOn(asOf))
            .max(Comparator.comparing(MedicalInstitutionLicence::validUntil));
    if (inForce.isEmpty()) {
      boolean declared = declaredNumber != null && !declaredNumber.isBlank();
      return new MedicalLicenceCheck(
          false,
          IsoDates.format(asOf),
          null,
          null,
          null,
          null,
          null,
          null,
          !declared,
          declared ? REASON_NONE : null);
    }
    MedicalInstitutionLicence licence = inForce.get();
    boolean matches =
        declaredNumber == null
            || declaredNumber.isBlank()
            || declaredNumber.strip().equals(licence.licenceNumber());
    return new MedicalLicenceCheck(
        true,
        IsoDates.format(asOf),
        licence.licenceNumber(),
        licence.institutionCategory(),
        licence.practiceScope(),
        IsoDates.format(licence.validFrom()),
        IsoDates.format(licence.validUntil()),
        licence.issuingAuthority(),
        matches,
        matches ? null : REASON_OTHER_NUMBER);
  }
}
