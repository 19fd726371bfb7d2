package org.tongxing.workers;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** The sandbox's admin API, for tests that inject faults or reset the benefit register. */
public final class SandboxAdmin {

  private final RestClient admin;

  public SandboxAdmin(int port) {
    this.admin = RestClient.create("http://localhost:" + port);
  }

  /** The system's next {@code count} requests answer 503. */
  public void failNext(String system, int count) {
    admin
        .put()
        .uri("/sandbox/admin/faults")
        .contentType(MediaType.APPLICATION_JSON)
        .body("{\"system\": \"%s\", \"failNext\": %d}".formatted(system, count))
        .retrieve()
        .toBodilessEntity();
  }

  /** Faults back to the start-up settings, the benefit register back to its seed. */
  public void reset() {
    admin.delete().uri("/sandbox/admin/faults").retrieve().toBodilessEntity();
    admin.delete().uri("/sandbox/admin/benefits").retrieve().toBodilessEntity();
  }
}
