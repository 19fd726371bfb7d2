package org.tongxing.sandbox.dpf.training;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;
import org.tongxing.sandbox.SandboxDataFiles;

/** The synthetic training records of the sandbox, read once from {@value #DATA_FILE}; read-only. */
@Component
@ConditionalOnSandboxEnabled
public class TrainingRecordRepository {

  static final String DATA_FILE = "sandbox/dpf/training-records.json";

  private final List<TrainingRecord> records;

  public TrainingRecordRepository(ObjectMapper objectMapper) {
    this.records =
        SandboxDataFiles.read(
            objectMapper, DATA_FILE, new TypeReference<List<TrainingRecord>>() {});
  }

  public List<TrainingRecord> findAll(Predicate<TrainingRecord> filter) {
    return records.stream().filter(filter).toList();
  }
}
