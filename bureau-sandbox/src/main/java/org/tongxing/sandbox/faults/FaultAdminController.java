package org.tongxing.sandbox.faults;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tongxing.sandbox.BureauSystem;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;

/**
 * Switches latency and faults of the simulated systems at runtime.
 *
 * <ul>
 *   <li>{@code GET /sandbox/admin/faults}: current settings by system
 *   <li>{@code PUT /sandbox/admin/faults} with {@code {"system": "dpf-certificates", "latencyMs":
 *       500, "failureRate": 0.2, "failNext": 3}}: change one system; omitted values are kept
 *   <li>{@code DELETE /sandbox/admin/faults}: back to the start-up settings for all systems
 * </ul>
 */
@RestController
@RequestMapping("/sandbox/admin/faults")
@ConditionalOnSandboxEnabled
public class FaultAdminController {

  private final FaultInjector faults;

  public FaultAdminController(FaultInjector faults) {
    this.faults = faults;
  }

  @GetMapping
  public Map<String, FaultSettings> currentSettings() {
    return faults.currentSettings();
  }

  @PutMapping
  public FaultSettings configure(@RequestBody FaultSettingsRequest request) {
    return faults.configure(
        BureauSystem.fromCode(request.system()),
        request.latencyMs(),
        request.failureRate(),
        request.failNext());
  }

  @DeleteMapping
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void reset() {
    faults.reset();
  }
}
