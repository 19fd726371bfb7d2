package org.tongxing.sandbox.publicsecurity;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;
import org.tongxing.sandbox.SandboxRecords;

/** The synthetic household registrations, read once from {@value #DATA_FILE}; read-only. */
@Component
@ConditionalOnSandboxEnabled
public class HouseholdRegistrationRepository extends SandboxRecords<HouseholdRegistration> {

  static final String DATA_FILE = "sandbox/public-security/household-registrations.json";

  public HouseholdRegistrationRepository(ObjectMapper objectMapper) {
    super(objectMapper, DATA_FILE, new TypeReference<>() {}, HouseholdRegistration::idNumber);
  }

  public Optional<HouseholdRegistration> findByIdNumber(String idNumber) {
    return find(idNumber);
  }
}
