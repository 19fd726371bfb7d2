package org.tongxing.sandbox.market;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;
import org.tongxing.sandbox.SandboxRecords;

/** The synthetic business registrations, read once from {@value #DATA_FILE}; read-only. */
@Component
@ConditionalOnSandboxEnabled
public class BusinessRegistrationRepository extends SandboxRecords<BusinessRegistration> {

  static final String DATA_FILE = "sandbox/market-regulation/business-registrations.json";

  public BusinessRegistrationRepository(ObjectMapper objectMapper) {
    super(objectMapper, DATA_FILE, new TypeReference<>() {}, BusinessRegistration::creditCode);
  }

  public Optional<BusinessRegistration> findByCreditCode(String creditCode) {
    return find(creditCode);
  }
}
