package org.tongxing.app.modeler.resource;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tongxing.app.modeler.ModelerFixtures;

class ExecutionPlatformTest {

  @Test
  void shouldKeepTheExecutionPlatformAFileNames() {
    ModelFile file = ModelerFixtures.process();

    assertThat(ExecutionPlatform.ensure(file).content()).isEqualTo(file.content());
  }

  @Test
  void shouldAddItToADecisionWithoutTouchingTheRest() {
    // given
    ModelFile dmn =
        ModelFile.of(
            "d.dmn",
            """
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d">
          <decision id="x" name="x"/>
        </definitions>""");

    // when
    String exported = ExecutionPlatform.ensure(dmn).content();

    // then
    assertThat(exported)
        .isEqualTo(
            """
        <definitions xmlns:modeler="http://camunda.org/schema/modeler/1.0" \
        modeler:executionPlatform="Camunda Cloud" modeler:executionPlatformVersion="8.8.0" \
        xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d">
          <decision id="x" name="x"/>
        </definitions>""");
    assertThat(ModelFiles.summarize(dmn.withContent(exported)).resourceId()).isEqualTo("d");
  }

  @Test
  void shouldAddItToAForm() {
    ModelFile form = ModelFile.of("f.form", "{\"id\": \"f\", \"components\": []}");

    assertThat(ExecutionPlatform.ensure(form).content())
        .contains("\"executionPlatform\" : \"Camunda Cloud\"")
        .contains("\"executionPlatformVersion\" : \"8.8.0\"");
  }
}
