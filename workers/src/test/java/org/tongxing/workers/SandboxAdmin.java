package org.tongxing.workers;

import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** The sandbox's admin and read-back endpoints, for tests: faults, and what a system recorded. */
public final class SandboxAdmin {

  private final RestClient restClient;

  public SandboxAdmin(int port) {
    this.restClient = RestClient.create("http://localhost:" + port);
  }

  /** Fails the next {@code count} requests to the system with 503. */
  public void failNext(String system, int count) {
    restClient
        .put()
        .uri("/sandbox/admin/faults")
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("system", system, "failNext", count))
        .retrieve()
        .toBodilessEntity();
  }

  public void resetFaults() {
    restClient.delete().uri("/sandbox/admin/faults").retrieve().toBodilessEntity();
  }

  /** The DPF's benefit register back to its seeded grants. */
  public void resetBenefits() {
    restClient.delete().uri("/sandbox/admin/benefits").retrieve().toBodilessEntity();
  }

  /** The payments the treasury made for a case, oldest first. */
  public List<Map<String, Object>> payments(String caseId) {
    return list("/sandbox/finance/payments?caseId={caseId}", caseId);
  }

  /** The notices the applicant of a case was sent, oldest first. */
  public List<Map<String, Object>> notices(String caseId) {
    return list("/sandbox/notifications/notices?caseId={caseId}", caseId);
  }

  private List<Map<String, Object>> list(String uri, String caseId) {
    return restClient
        .get()
        .uri(uri, caseId)
        .retrieve()
        .body(new ParameterizedTypeReference<List<Map<String, Object>>>() {});
  }
}
