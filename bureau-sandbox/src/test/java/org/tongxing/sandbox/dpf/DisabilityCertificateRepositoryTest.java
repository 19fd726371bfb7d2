package org.tongxing.sandbox.dpf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongxing.sandbox.Checksums;

/** Guards the synthetic data that tests and demos rely on. */
class DisabilityCertificateRepositoryTest {

  private final DisabilityCertificateRepository repository =
      new DisabilityCertificateRepository(new ObjectMapper().registerModule(new JavaTimeModule()));

  @Test
  void shouldHoldAFewDozenCertificatesOfEveryStatus() {
    // when
    List<DisabilityCertificate> all = repository.findAll();

    // then
    assertThat(all).hasSizeBetween(24, 60);
    assertThat(all)
        .extracting(DisabilityCertificate::status)
        .contains(CertificateStatus.VALID, CertificateStatus.EXPIRED, CertificateStatus.REVOKED);
    assertThat(all)
        .extracting(DisabilityCertificate::disabilityCategory)
        .contains(DisabilityCategory.values());
  }

  @Test
  void shouldUseRealisticTwentyCharacterNumbers() {
    // when
    List<DisabilityCertificate> all = repository.findAll();

    // then every number is a checksummed ID number + category digit + level digit
    assertThat(all)
        .allSatisfy(
            certificate -> {
              assertThat(certificate.certificateNumber()).hasSize(20);
              assertThat(Checksums.isValidIdNumber(certificate.idNumber()))
                  .as("ID check character of %s", certificate.certificateNumber())
                  .isTrue();
              assertThat(certificate.holderName()).matches("\\p{IsHan}{2,4}");
              assertThat(certificate.validUntil()).isAfter(certificate.issuedOn());
            });
  }

  @Test
  void shouldFindTheWellKnownNumbersOfTheReadme() {
    // when / then
    assertThat(repository.findByNumber("33030219780415211242"))
        .get()
        .extracting(DisabilityCertificate::status)
        .isEqualTo(CertificateStatus.VALID);
    assertThat(repository.findByNumber("51010719870310451643"))
        .get()
        .extracting(DisabilityCertificate::status)
        .isEqualTo(CertificateStatus.VALID);
    assertThat(repository.findByNumber("33030419820922391342"))
        .get()
        .extracting(DisabilityCertificate::status)
        .isEqualTo(CertificateStatus.EXPIRED);
    assertThat(repository.findByNumber("33032419760412861844"))
        .get()
        .extracting(DisabilityCertificate::status)
        .isEqualTo(CertificateStatus.REVOKED);
    assertThat(repository.findByNumber("33030219800101001944")).isEmpty();
  }
}
