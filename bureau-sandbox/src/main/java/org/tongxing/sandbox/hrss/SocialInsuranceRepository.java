package org.tongxing.sandbox.hrss;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;
import org.tongxing.sandbox.SandboxRecords;

/**
 * The synthetic social insurance records, one per person and year, read once from {@value
 * #DATA_FILE}; read-only.
 */
@Component
@ConditionalOnSandboxEnabled
public class SocialInsuranceRepository extends SandboxRecords<SocialInsuranceRecord> {

  static final String DATA_FILE = "sandbox/hrss/social-insurance-records.json";

  public SocialInsuranceRepository(ObjectMapper objectMapper) {
    super(
        objectMapper,
        DATA_FILE,
        new TypeReference<>() {},
        record -> key(record.idNumber(), record.year()));
  }

  public Optional<SocialInsuranceRecord> find(String idNumber, int year) {
    return find(key(idNumber, year));
  }

  private static String key(String idNumber, int year) {
    return idNumber + "/" + year;
  }
}
