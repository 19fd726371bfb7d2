package org.tongxing.workers.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** House rule 3: workers use only the Camunda client API, so they run on a Camunda 8 cluster. */
@AnalyzeClasses(
    packages = "org.tongxing.workers",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ClientOnlyRulesTest {

  @ArchTest
  static final ArchRule workersUseOnlyTheClient =
      noClasses()
          .that()
          .resideInAPackage("org.tongxing.workers..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.tongxing.engine..",
              "org.tongxing.search..",
              "org.tongxing.gateway..",
              "org.tongxing.sandbox..")
          .because(
              "workers must run unchanged against a Camunda 8 cluster and the real bureau"
                  + " systems: talk to the engine through io.camunda.client and to bureaus over HTTP");
}
