package org.tongxing.engine.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** House rule 2: processors read state through read-only views; only appliers write. */
@AnalyzeClasses(
    packages = "org.tongxing.engine",
    importOptions = ImportOption.DoNotIncludeTests.class)
class StateAccessRulesTest {

  @ArchTest
  static final ArchRule processorsReadStateThroughViews =
      noClasses()
          .that()
          .resideInAPackage("org.tongxing.engine.processing..")
          .and()
          .haveNameNotMatching(".*\\.StreamProcessor(\\$.*)?")
          .and()
          .doNotHaveSimpleName("StateView")
          .and()
          .doNotHaveSimpleName("EngineClock")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.tongxing.engine.state.mutable..", "org.tongxing.engine.state.tx..")
          .because(
              "processors decide and write events; read state through StateView and the"
                  + " interfaces in state.immutable, and change it by appending an event whose applier"
                  + " (state.appliers) does the change");
}
