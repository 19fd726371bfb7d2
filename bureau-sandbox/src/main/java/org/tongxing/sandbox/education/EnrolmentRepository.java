package org.tongxing.sandbox.education;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;
import org.tongxing.sandbox.SandboxRecords;

/**
 * The synthetic enrolments, one per student and school year, read once from {@value #DATA_FILE};
 * read-only.
 */
@Component
@ConditionalOnSandboxEnabled
public class EnrolmentRepository extends SandboxRecords<Enrolment> {

  static final String DATA_FILE = "sandbox/education/enrolments.json";

  public EnrolmentRepository(ObjectMapper objectMapper) {
    super(
        objectMapper,
        DATA_FILE,
        new TypeReference<>() {},
        enrolment -> key(enrolment.idNumber(), enrolment.schoolYear()));
  }

  public Optional<Enrolment> find(String idNumber, String schoolYear) {
    return find(key(idNumber, schoolYear));
  }

  private static String key(String idNumber, String schoolYear) {
    return idNumber + "/" + schoolYear;
  }
}
