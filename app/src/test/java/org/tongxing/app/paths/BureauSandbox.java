package org.tongxing.app.paths;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * The bureau sandbox's side of a path test: what its treasury paid and its notification service
 * sent for a case, its registries' records, and its faults switched on and off (the well-known
 * data: bureau-sandbox/README.md).
 */
final class BureauSandbox {

  private final RestClient sandbox;

  BureauSandbox(int port) {
    this.sandbox = RestClient.create("http://localhost:" + port + "/sandbox");
  }

  /** What the treasury paid for the case, oldest first. */
  List<Map<String, Object>> payments(String caseId) {
    return list("/finance/payments?caseId={caseId}", caseId);
  }

  /** What the notification service sent for the case, oldest first. */
  List<Map<String, Object>> notices(String caseId) {
    return list("/notifications/notices?caseId={caseId}", caseId);
  }

  /** The notices of a case, once there are {@code count}. */
  List<Map<String, Object>> awaitNotices(String caseId, int count) {
    return await()
        .atMost(CaseDriver.VISIBLE_WITHIN)
        .until(() -> notices(caseId), notices -> notices.size() >= count);
  }

  /** A payment's amount in yuan, compared by value ({@code 13680} = {@code 13680.00}). */
  static BigDecimal yuan(Map<String, Object> payment) {
    return new BigDecimal(String.valueOf(payment.get("amount"))).stripTrailingZeros();
  }

  /** The DPF registry's entry of the institution. */
  JsonNode designatedInstitution(String creditCode) {
    return sandbox
        .get()
        .uri("/dpf/designated-institutions/{code}", creditCode)
        .retrieve()
        .body(JsonNode.class);
  }

  /** The Justice system's record of a legal aid application. */
  JsonNode legalAidApplication(String applicationNumber) {
    return sandbox
        .get()
        .uri("/justice/legal-aid-applications/{number}", applicationNumber)
        .retrieve()
        .body(JsonNode.class);
  }

  /** The DPF benefit register's record, if any. */
  Optional<Map<String, Object>> benefit(String scheme, String subject, String period) {
    try {
      return Optional.ofNullable(
          sandbox
              .get()
              .uri("/dpf/benefits/{scheme}/{subject}/{period}", scheme, subject, period)
              .retrieve()
              .body(new ParameterizedTypeReference<Map<String, Object>>() {}));
    } catch (HttpClientErrorException.NotFound none) {
      return Optional.empty();
    }
  }

  /** The system answers its next requests with 503. */
  void failNext(String system, int requests) {
    faults(Map.of("system", system, "failNext", requests));
  }

  /** The system answers every request with 503 until {@link #resetFaults()}. */
  void failAlways(String system) {
    faults(Map.of("system", system, "failureRate", 1.0));
  }

  void resetFaults() {
    sandbox.delete().uri("/admin/faults").retrieve().toBodilessEntity();
  }

  /** Empties the DPF benefit register, so that a benefit granted in one test is not in the next. */
  void resetBenefits() {
    sandbox.delete().uri("/admin/benefits").retrieve().toBodilessEntity();
  }

  private void faults(Map<String, Object> settings) {
    sandbox
        .put()
        .uri("/admin/faults")
        .contentType(MediaType.APPLICATION_JSON)
        .body(settings)
        .retrieve()
        .toBodilessEntity();
  }

  private List<Map<String, Object>> list(String uri, String caseId) {
    return sandbox
        .get()
        .uri(uri, caseId)
        .retrieve()
        .body(new ParameterizedTypeReference<List<Map<String, Object>>>() {});
  }
}
