package org.tongxing.sandbox.civilaffairs;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;
import org.tongxing.sandbox.SandboxRecords;

/** The synthetic social organisations, read once from {@value #DATA_FILE}; read-only. */
@Component
@ConditionalOnSandboxEnabled
public class SocialOrganisationRepository extends SandboxRecords<SocialOrganisation> {

  static final String DATA_FILE = "sandbox/civil-affairs/social-organisations.json";

  public SocialOrganisationRepository(ObjectMapper objectMapper) {
    super(objectMapper, DATA_FILE, new TypeReference<>() {}, SocialOrganisation::creditCode);
  }

  public Optional<SocialOrganisation> findByCreditCode(String creditCode) {
    return find(creditCode);
  }
}
