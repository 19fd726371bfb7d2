package org.tongxing.workers.bureau;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongxing.workers.bureau.dpf.DesignatedInstitutionClient;
import org.tongxing.workers.bureau.dpf.TrainingRecordClient;
import org.tongxing.workers.bureau.education.EducationClient;
import org.tongxing.workers.bureau.health.HealthClient;
import org.tongxing.workers.bureau.insurance.InsuranceClient;

/**
 * The clients of the bureau systems of items 5 and 6, each configured by {@code
 * tongxing.bureau.<system>.*} (see {@link BureauConnections}): {@code dpf-rehabilitation},
 * {@code education}, {@code health}, {@code insurance}.
 */
@Configuration(proxyBeanMethods = false)
public class RehabilitationBureauClientsConfiguration {

  @Bean
  DesignatedInstitutionClient designatedInstitutionClient(BureauConnections connections) {
    return new DesignatedInstitutionClient(dpfRehabilitation(connections));
  }

  @Bean
  TrainingRecordClient trainingRecordClient(BureauConnections connections) {
    return new TrainingRecordClient(dpfRehabilitation(connections));
  }

  @Bean
  EducationClient educationClient(BureauConnections connections) {
    return new EducationClient(
        connections.open(
            "education",
            "the education bureaus' deferral and special-education records",
            "/sandbox/education"));
  }

  @Bean
  HealthClient healthClient(BureauConnections connections) {
    return new HealthClient(
        connections.open("health", "the health commission's licensing system", "/sandbox/health"));
  }

  @Bean
  InsuranceClient insuranceClient(BureauConnections connections) {
    return new InsuranceClient(
        connections.open("insurance", "the insurers' policy look-up", "/sandbox/insurance"));
  }

  private static BureauConnection dpfRehabilitation(BureauConnections connections) {
    return connections.open(
        "dpf-rehabilitation",
        "the DPF's rehabilitation system (designated institutions, training records)",
        "/sandbox/dpf");
  }
}
