package org.tongxing.workers.workflows;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PetitionModelsValidTest {

  @ParameterizedTest
  @ValueSource(strings = {"petition-handling", "petition-review", "petition-legal-aid"})
  void shouldBeAValidZeebeModel(String processId) {
    assertThatCode(
            () ->
                Bpmn.validateModel(
                    Bpmn.readModelFromStream(
                        Files.newInputStream(
                            RepositoryFiles.find("workflows/" + processId + ".bpmn")))))
        .doesNotThrowAnyException();
  }
}
