package org.tongxing.sandbox.health;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;
import org.tongxing.sandbox.SandboxDataFiles;

/**
 * The health commission's synthetic records, read once from {@value #LEGAL_PERSONS_FILE} and
 * {@value #LICENCES_FILE}; read-only.
 */
@Component
@ConditionalOnSandboxEnabled
public class HealthRecords {

  static final String LEGAL_PERSONS_FILE = "sandbox/health/legal-persons.json";
  static final String LICENCES_FILE = "sandbox/health/medical-institution-licences.json";

  private final List<LegalPerson> legalPersons;
  private final List<MedicalInstitutionLicence> licences;

  public HealthRecords(ObjectMapper objectMapper) {
    this.legalPersons =
        SandboxDataFiles.read(
            objectMapper, LEGAL_PERSONS_FILE, new TypeReference<List<LegalPerson>>() {});
    this.licences =
        SandboxDataFiles.read(
            objectMapper, LICENCES_FILE, new TypeReference<List<MedicalInstitutionLicence>>() {});
  }

  public Optional<LegalPerson> legalPerson(String creditCode) {
    return legalPersons.stream()
        .filter(person -> person.unifiedSocialCreditCode().equals(creditCode))
        .findFirst();
  }

  public List<LegalPerson> legalPersons() {
    return legalPersons;
  }

  public List<MedicalInstitutionLicence> licencesOf(String creditCode) {
    return licences.stream()
        .filter(licence -> licence.unifiedSocialCreditCode().equals(creditCode))
        .toList();
  }
}
