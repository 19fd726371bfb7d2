package org.tongxing.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tongxing.sandbox.dpf.DisabilityCertificate;
import org.tongxing.sandbox.dpf.DisabilityCertificateRepository;
import org.tongxing.sandbox.dpf.institutions.DesignatedInstitution;
import org.tongxing.sandbox.dpf.institutions.DesignatedInstitutionRegistry;
import org.tongxing.sandbox.dpf.training.TrainingRecord;
import org.tongxing.sandbox.dpf.training.TrainingRecordRepository;
import org.tongxing.sandbox.education.EducationRecords;
import org.tongxing.sandbox.health.HealthRecords;
import org.tongxing.sandbox.health.LegalPerson;
import org.tongxing.sandbox.insurance.InsurancePolicy;
import org.tongxing.sandbox.insurance.InsurancePolicyRepository;
import org.tongxing.sandbox.journal.SandboxJournals;

/**
 * Guards the synthetic data of items 5 and 6 that tests and demos rely on: every record of one
 * system agrees with the others (a child's training record names a certificate of that child, an
 * institution's registry entry a legal person with the same name), and the numbers are checksummed.
 */
class RehabilitationDataTest {

  private static final String CREDIT_CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] CREDIT_CODE_WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };
  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final List<String> COUNTIES =
      List.of(
          "lucheng",
          "longwan",
          "ouhai",
          "dongtou",
          "yongjia",
          "pingyang",
          "cangnan",
          "wencheng",
          "taishun",
          "ruian",
          "yueqing",
          "longgang");

  private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
  private final HealthRecords health = new HealthRecords(json);
  private final DesignatedInstitutionRegistry registry =
      new DesignatedInstitutionRegistry(json, SandboxJournals.inMemory());
  private final TrainingRecordRepository training = new TrainingRecordRepository(json);
  private final DisabilityCertificateRepository certificates =
      new DisabilityCertificateRepository(json);
  private final EducationRecords education = new EducationRecords(json);
  private final InsurancePolicyRepository insurance = new InsurancePolicyRepository(json);

  @Test
  void shouldUseChecksummedCreditCodesInWenzhousCounties() {
    // when
    List<LegalPerson> legalPersons = health.legalPersons();

    // then
    assertThat(legalPersons).hasSizeGreaterThanOrEqualTo(12);
    assertThat(legalPersons)
        .allSatisfy(
            person -> {
              String code = person.unifiedSocialCreditCode();
              assertThat(code.charAt(17))
                  .as("check character of %s", code)
                  .isEqualTo(creditCodeCheckCharacter(code));
              assertThat(person.county()).isIn(COUNTIES);
              assertThat(person.name()).matches("\\p{IsHan}{6,20}");
            });
  }

  @Test
  void shouldRegisterEveryDesignatedInstitutionAsTheLegalPersonOfTheSameName() {
    // when
    List<DesignatedInstitution> designated = registry.findAll(institution -> true);

    // then
    assertThat(designated).hasSizeGreaterThanOrEqualTo(5);
    assertThat(designated)
        .allSatisfy(
            institution ->
                assertThat(health.legalPerson(institution.unifiedSocialCreditCode()))
                    .get()
                    .extracting(LegalPerson::name, LegalPerson::legalPersonType)
                    .containsExactly(institution.name(), institution.legalPersonType()));
    assertThat(designated)
        .extracting(DesignatedInstitution::payee)
        .allSatisfy(payee -> assertThat(payee.accountNumber()).matches("\\d{16,19}"));
  }

  @Test
  void shouldTrainOnlyCertifiedChildrenAtRegisteredInstitutions() {
    // given
    Map<String, DisabilityCertificate> byNumber =
        certificates.findAll().stream()
            .collect(
                Collectors.toMap(DisabilityCertificate::certificateNumber, Function.identity()));

    // when
    List<TrainingRecord> records = training.findAll(record -> true);

    // then
    assertThat(records).hasSizeGreaterThanOrEqualTo(10);
    assertThat(records)
        .allSatisfy(
            record -> {
              DisabilityCertificate certificate = byNumber.get(record.certificateNumber());
              assertThat(certificate).as("certificate of %s", record.childName()).isNotNull();
              assertThat(certificate.idNumber()).isEqualTo(record.childIdNumber());
              assertThat(certificate.holderName()).isEqualTo(record.childName());
              assertThat(registry.find(record.institutionCreditCode())).isPresent();
              assertThat(record.months())
                  .allSatisfy(month -> assertThat(month.cost()).isPositive());
            });
  }

  @Test
  void shouldHaveChildrenUnderNineWithChecksummedIdNumbers() {
    // when
    List<DisabilityCertificate> children =
        certificates.findAll().stream()
            .filter(certificate -> certificate.idNumber().substring(6, 10).compareTo("2015") > 0)
            .toList();

    // then
    assertThat(children).hasSizeGreaterThanOrEqualTo(12);
    assertThat(children)
        .allSatisfy(
            child ->
                assertThat(child.idNumber().charAt(17))
                    .as("ID check character of %s", child.holderName())
                    .isEqualTo(idCheckCharacter(child.idNumber())));
    assertThat(children)
        .filteredOn(child -> child.disabilityCause() != null)
        .extracting(DisabilityCertificate::disabilityCause)
        .contains("autism");
  }

  @Test
  void shouldIssueDeferralsAndFindingsToCertifiedChildren() {
    // given
    List<String> childIds =
        certificates.findAll().stream().map(DisabilityCertificate::idNumber).toList();

    // then
    assertThat(childIds)
        .filteredOn(id -> !education.deferralsOf(id).isEmpty())
        .hasSizeGreaterThanOrEqualTo(3);
    assertThat(childIds)
        .filteredOn(id -> !education.findingsOf(id).isEmpty())
        .hasSizeGreaterThanOrEqualTo(3);
    childIds.forEach(
        id ->
            assertThat(education.deferralsOf(id))
                .allSatisfy(
                    deferral -> {
                      assertThat(deferral.validUntil()).isAfter(deferral.validFrom());
                      assertThat(deferral.issuingCounty()).isIn(COUNTIES);
                    }));
  }

  @Test
  void shouldInsureInstitutionsThatAreRegistered() {
    // when
    List<InsurancePolicy> policies = insurance.findAll();

    // then
    assertThat(policies)
        .allSatisfy(
            policy -> {
              assertThat(health.legalPerson(policy.insuredCreditCode()))
                  .get()
                  .extracting(LegalPerson::name)
                  .isEqualTo(policy.insuredName());
              assertThat(policy.validUntil()).isAfter(policy.validFrom());
            });
    assertThat(policies)
        .filteredOn(policy -> policy.sumInsured() != null)
        .allSatisfy(policy -> assertThat(policy.sumInsured()).isGreaterThan(BigDecimal.ZERO));
  }

  private static char creditCodeCheckCharacter(String code) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CREDIT_CODE_CHARACTERS.indexOf(code.charAt(i)) * CREDIT_CODE_WEIGHTS[i];
    }
    int check = 31 - sum % 31;
    return CREDIT_CODE_CHARACTERS.charAt(check == 31 ? 0 : check);
  }

  private static char idCheckCharacter(String idNumber) {
    int sum = 0;
    for (int i = 0; i < ID_WEIGHTS.length; i++) {
      sum += (idNumber.charAt(i) - '0') * ID_WEIGHTS[i];
    }
    return "10X98765432".charAt(sum % 11);
  }
}
