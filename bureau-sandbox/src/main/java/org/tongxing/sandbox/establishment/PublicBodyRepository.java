package org.tongxing.sandbox.establishment;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;
import org.tongxing.sandbox.SandboxRecords;

/** The synthetic organs and public institutions, read once from {@value #DATA_FILE}; read-only. */
@Component
@ConditionalOnSandboxEnabled
public class PublicBodyRepository extends SandboxRecords<PublicBody> {

  static final String DATA_FILE = "sandbox/establishment/public-bodies.json";

  public PublicBodyRepository(ObjectMapper objectMapper) {
    super(objectMapper, DATA_FILE, new TypeReference<>() {}, PublicBody::creditCode);
  }

  public Optional<PublicBody> findByCreditCode(String creditCode) {
    return find(creditCode);
  }
}
