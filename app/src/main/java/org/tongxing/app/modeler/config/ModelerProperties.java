package org.tongxing.app.modeler.config;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the modeler ({@code tongxing.modeler.*}).
 *
 * @param externalJobTypes job types whose workers run outside this app (another service on the same
 *     cluster): the deploy check accepts them although no {@code @JobWorker} here has them
 */
@ConfigurationProperties("tongxing.modeler")
public record ModelerProperties(List<String> externalJobTypes) {

  public ModelerProperties {
    externalJobTypes = externalJobTypes == null ? List.of() : List.copyOf(externalJobTypes);
  }
}
