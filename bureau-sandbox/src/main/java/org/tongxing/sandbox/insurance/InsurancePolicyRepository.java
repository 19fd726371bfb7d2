package org.tongxing.sandbox.insurance;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;
import org.tongxing.sandbox.SandboxDataFiles;

/** The synthetic insurance policies, read once from {@value #DATA_FILE}; read-only. */
@Component
@ConditionalOnSandboxEnabled
public class InsurancePolicyRepository {

  static final String DATA_FILE = "sandbox/insurance/policies.json";

  private final List<InsurancePolicy> policies;

  public InsurancePolicyRepository(ObjectMapper objectMapper) {
    this.policies =
        SandboxDataFiles.read(
            objectMapper, DATA_FILE, new TypeReference<List<InsurancePolicy>>() {});
  }

  public List<InsurancePolicy> policiesOf(String creditCode) {
    return policies.stream().filter(p -> p.insuredCreditCode().equals(creditCode)).toList();
  }

  public List<InsurancePolicy> findAll() {
    return policies;
  }
}
