package org.tongxing.sandbox.education;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;
import org.tongxing.sandbox.SandboxDataFiles;

/**
 * The education bureaus' synthetic records of item 6.3, read once from {@value #DEFERRALS_FILE} and
 * {@value #FINDINGS_FILE}; read-only.
 */
@Component
@ConditionalOnSandboxEnabled
public class EducationRecords {

  static final String DEFERRALS_FILE = "sandbox/education/schooling-deferrals.json";
  static final String FINDINGS_FILE = "sandbox/education/special-education-findings.json";

  private final List<SchoolingDeferral> deferrals;
  private final List<SpecialEducationFinding> findings;

  public EducationRecords(ObjectMapper objectMapper) {
    this.deferrals =
        SandboxDataFiles.read(
            objectMapper, DEFERRALS_FILE, new TypeReference<List<SchoolingDeferral>>() {});
    this.findings =
        SandboxDataFiles.read(
            objectMapper, FINDINGS_FILE, new TypeReference<List<SpecialEducationFinding>>() {});
  }

  public List<SchoolingDeferral> deferralsOf(String childIdNumber) {
    return deferrals.stream().filter(d -> d.childIdNumber().equals(childIdNumber)).toList();
  }

  public List<SpecialEducationFinding> findingsOf(String childIdNumber) {
    return findings.stream().filter(f -> f.childIdNumber().equals(childIdNumber)).toList();
  }
}
