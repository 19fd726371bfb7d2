package org.tongxing.app.monitoring;

import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Which bureau system a job calls, from its job type's first word ({@code
 * tongxing.monitoring.bureau-systems}: {@code dpf-check-disability-certificates} → {@code dpf}), so
 * a supervisor sees which system failed, not only a job type.
 */
@Component
public class BureauSystems {

  private final Map<String, String> byPrefix;

  public BureauSystems(MonitoringProperties properties) {
    this.byPrefix = Map.copyOf(properties.bureauSystems());
  }

  /** The bureau system's id, or {@code null} when the job type names none that is configured. */
  public String ofJobType(String jobType) {
    if (jobType == null || jobType.isBlank()) {
      return null;
    }
    int dash = jobType.indexOf('-');
    String prefix = dash < 0 ? jobType : jobType.substring(0, dash);
    return byPrefix.get(prefix);
  }
}
