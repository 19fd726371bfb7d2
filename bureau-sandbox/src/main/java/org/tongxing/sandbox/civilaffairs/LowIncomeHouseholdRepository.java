package org.tongxing.sandbox.civilaffairs;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;
import org.tongxing.sandbox.SandboxRecords;

/** The synthetic low-income households, read once from {@value #DATA_FILE}; read-only. */
@Component
@ConditionalOnSandboxEnabled
public class LowIncomeHouseholdRepository extends SandboxRecords<LowIncomeHousehold> {

  static final String DATA_FILE = "sandbox/civil-affairs/low-income-households.json";

  public LowIncomeHouseholdRepository(ObjectMapper objectMapper) {
    super(objectMapper, DATA_FILE, new TypeReference<>() {}, LowIncomeHousehold::householdId);
  }

  /** The household the person belonged to on the date, if any was low-income then. */
  public Optional<LowIncomeHousehold> findCovering(String idNumber, LocalDate date) {
    return findAll().stream().filter(household -> household.coversOn(idNumber, date)).findFirst();
  }
}
