package org.tongxing.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** House rule 3: the web UI uses only the Camunda client API, so it runs on a Camunda 8 cluster. */
@AnalyzeClasses(packages = "org.tongxing.app", importOptions = ImportOption.DoNotIncludeTests.class)
class ClientOnlyRulesTest {

  @ArchTest
  static final ArchRule uiUsesOnlyTheClient =
      noClasses()
          .that()
          .resideInAnyPackage("org.tongxing.app..")
          .and()
          .resideOutsideOfPackage("org.tongxing.app.runtime..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.tongxing.engine..", "org.tongxing.search..", "org.tongxing.gateway..")
          .because(
              "only org.tongxing.app.runtime wires the embedded runtime; everything else"
                  + " (tasklist, deployment, security) must work unchanged on the camunda8 runtime, so"
                  + " it talks to the engine through io.camunda.client only");
}
