package org.tongxing.sandbox.education;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;
import org.tongxing.sandbox.SandboxRecords;

/** The synthetic examination certificates, read once from {@value #DATA_FILE}; read-only. */
@Component
@ConditionalOnSandboxEnabled
public class ExamCertificateRepository extends SandboxRecords<ExamCertificate> {

  static final String DATA_FILE = "sandbox/education/exam-certificates.json";

  public ExamCertificateRepository(ObjectMapper objectMapper) {
    super(objectMapper, DATA_FILE, new TypeReference<>() {}, ExamCertificate::certificateNumber);
  }

  public Optional<ExamCertificate> findByNumber(String certificateNumber) {
    return find(certificateNumber);
  }
}
