package org.tongxing.sandbox.dpf;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;
import org.tongxing.sandbox.SandboxDataFiles;

/**
 * The synthetic certificates of the sandbox, read once from {@value #DATA_FILE} (adults) and
 * {@value #CHILDREN_DATA_FILE} (children of the rehabilitation subsidy, item 6) on the classpath.
 * Read-only: the sandbox never changes a certificate, so tests and demos can rely on the well-known
 * numbers in {@code bureau-sandbox/README.md}.
 */
@Component
@ConditionalOnSandboxEnabled
public class DisabilityCertificateRepository {

  static final String DATA_FILE = "sandbox/dpf/disability-certificates.json";
  static final String CHILDREN_DATA_FILE = "sandbox/dpf/children-disability-certificates.json";

  private final Map<String, DisabilityCertificate> certificatesByNumber;

  public DisabilityCertificateRepository(ObjectMapper objectMapper) {
    this.certificatesByNumber =
        Stream.of(DATA_FILE, CHILDREN_DATA_FILE)
            .flatMap(file -> read(objectMapper, file).stream())
            .collect(
                Collectors.toUnmodifiableMap(
                    DisabilityCertificate::certificateNumber, Function.identity()));
  }

  public Optional<DisabilityCertificate> findByNumber(String certificateNumber) {
    return Optional.ofNullable(certificatesByNumber.get(certificateNumber));
  }

  public List<DisabilityCertificate> findAll() {
    return List.copyOf(certificatesByNumber.values());
  }

  private static List<DisabilityCertificate> read(ObjectMapper objectMapper, String file) {
    return SandboxDataFiles.read(
        objectMapper, file, new TypeReference<List<DisabilityCertificate>>() {});
  }
}
