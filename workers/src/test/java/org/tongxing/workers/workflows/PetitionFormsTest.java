package org.tongxing.workers.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongxing.workers.workflows.PolicyForms.components;
import static org.tongxing.workers.workflows.PolicyForms.editableField;
import static org.tongxing.workers.workflows.PolicyForms.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tongxing.workers.bureau.justice.LegalAidDecision;

/**
 * The forms of the petition processes: Camunda Forms JSON within what the tasklist renders, every
 * field citing its clause, and choices that agree with the BPMN conditions and the decision tables
 * that read them.
 */
class PetitionFormsTest {

  private static final Set<String> RENDERED_TYPES =
      Set.of("text", "textfield", "textarea", "number", "radio", "select", "checkbox");

  /** Every form of the petition processes: {@code forms/petition-*.form}. */
  static Stream<String> petitionForms() throws IOException {
    Path forms = RepositoryFiles.find("forms/petition-intake.form").getParent();
    try (Stream<Path> files = Files.list(forms)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.startsWith("petition-") && name.endsWith(".form"))
          .map(name -> name.substring(0, name.length() - ".form".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  @Test
  void shouldHaveEveryFormAStartEventOrUserTaskUses() throws IOException {
    // when
    List<String> used =
        Stream.of("petition-handling", "petition-review", "petition-legal-aid")
            .flatMap(
                processId -> {
                  try (var bpmn =
                      Files.newInputStream(
                          RepositoryFiles.find("workflows/" + processId + ".bpmn"))) {
                    return Bpmn.readModelFromStream(bpmn)
                        .getModelElementsByType(ZeebeFormDefinition.class)
                        .stream()
                        .map(ZeebeFormDefinition::getFormId)
                        .toList()
                        .stream();
                  } catch (IOException e) {
                    throw new AssertionError(e);
                  }
                })
            .distinct()
            .toList();

    // then
    assertThat(used).containsExactlyInAnyOrderElementsOf(petitionForms().toList());
  }

  @ParameterizedTest
  @MethodSource("petitionForms")
  void shouldBeCamundaFormsTheRendererSupportsWithEveryFieldCitingItsClause(String formId)
      throws IOException {
    // when
    JsonNode form = read(formId);

    // then
    assertThat(form.path("id").asText()).isEqualTo(formId);
    assertThat(form.path("type").asText()).isEqualTo("default");
    assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Cloud");
    assertThat(form.path("schemaVersion").asInt()).isGreaterThanOrEqualTo(16);
    assertThat(components(form).get(0).path("type").asText())
        .as("a form opens with its guidance")
        .isEqualTo("text");
    assertThat(components(form))
        .allSatisfy(
            component -> {
              assertThat(component.path("type").asText()).isIn(RENDERED_TYPES);
              assertThat(component.path("id").asText()).isNotBlank();
            })
        .extracting(component -> component.path("id").asText())
        .doesNotHaveDuplicates();
    assertThat(components(form))
        .filteredOn(component -> !component.path("type").asText().equals("text"))
        .allSatisfy(
            field -> {
              assertThat(field.path("key").asText()).isNotBlank();
              assertThat(field.path("label").asText()).as("label").isNotBlank();
              assertThat(field.path("properties").path("policyClause").asText())
                  .as("policyClause of %s", field.path("key").asText())
                  .matches("item 10\\.[23].*");
            })
        .filteredOn(field -> !field.path("readonly").asBoolean())
        .extracting(field -> field.path("key").asText())
        .as("editable keys")
        .doesNotHaveDuplicates();
  }

  @Test
  void shouldOfferTheChoicesTheGatewaysTest() throws IOException {
    // then each choice is one a condition of the BPMN reads
    assertThat(values("petition-acceptance", "acceptanceDecision"))
        .containsExactly("accept", "not-accept", "forward");
    assertThat(values("petition-handling", "handlingAction"))
        .containsExactly("reply", "request-extension", "object");
    assertThat(values("petition-handling", "handlingResult"))
        .containsExactly("support", "explain", "not-support");
    assertThat(values("petition-extension-approval", "extensionApproval"))
        .containsExactly("approve", "refuse");
    assertThat(values("petition-objection-review", "objectionDecision"))
        .containsExactly("reassign", "keep");
    assertThat(values("petition-review-decision", "reviewResult"))
        .containsExactly("uphold", "change");
    assertThat(values("petition-legal-aid-decision", "legalAidVerdict"))
        .containsExactly(LegalAidDecision.GRANTED, LegalAidDecision.REFUSED);
    assertThat(values("petition-intake", "noticeChannel"))
        .containsExactly("sms", "letter", "in-app");
  }

  @Test
  void shouldOfferTheBodiesTheDecisionTableNames() throws IOException {
    // given the candidate groups of decision petition-bodies
    List<String> bodies =
        DecisionTables.rules("petition-bodies").stream()
            .map(rule -> rule.inputs().get(0).replace("\"", ""))
            .toList();

    // then the intake offers the receiving offices, the assignment the bodies that handle
    assertThat(values("petition-intake", "receivedBy"))
        .hasSize(13)
        .contains("petitions", "county-lucheng", "county-taishun")
        .allSatisfy(group -> assertThat(bodies).contains(group));
    assertThat(values("petition-assignment", "assignedTo"))
        .hasSize(21)
        .doesNotContain("petitions")
        .allSatisfy(group -> assertThat(bodies).contains(group));
    assertThat(values("petition-objection-review", "assignedTo"))
        .isEqualTo(values("petition-assignment", "assignedTo"));
    assertThat(values("petition-intake", "petitioner.county"))
        .hasSize(12)
        .allSatisfy(county -> assertThat(bodies).contains("county-" + county));
  }

  @Test
  void shouldLimitTheExtensionToTheDaysOfTheDecisionTable() throws IOException {
    // given
    String days =
        DecisionTables.rule("petition-periods", "stage", "extension").outputs().get("days");

    // when
    JsonNode field = editableField(read("petition-handling"), "extensionDays");

    // then
    assertThat(field.path("type").asText()).isEqualTo("number");
    assertThat(field.path("decimalDigits").asInt()).isZero();
    assertThat(field.path("validate").path("min").asInt()).isEqualTo(1);
    assertThat(field.path("validate").path("max").asText()).isEqualTo(days);
  }

  @Test
  void shouldValidateTheNumbersOfThePetitioner() throws IOException {
    // given
    JsonNode intake = read("petition-intake");
    Pattern idNumber = pattern(intake, "petitioner.idNumber");
    Pattern certificate = pattern(intake, "petitioner.certificateNumber");
    Pattern mobile = pattern(intake, "petitioner.mobile");

    // then
    assertThat(List.of("330302197804152112", "33030219870310451X"))
        .allMatch(number -> idNumber.matcher(number).find());
    assertThat(List.of("3303021978041521", "33030219780415211A"))
        .noneMatch(number -> idNumber.matcher(number).find());
    assertThat(certificate.matcher("33030219780415211242").find()).isTrue();
    assertThat(List.of("33030219780415211282", "33030219780415211245"))
        .noneMatch(number -> certificate.matcher(number).find());
    assertThat(mobile.matcher("13805770001").find()).isTrue();
    assertThat(List.of("12805770001", "1380577000", "+8613805770001"))
        .noneMatch(number -> mobile.matcher(number).find());
  }

  @Test
  void shouldTakeTheDayOfAReviewRequestAsAnIsoDate() throws IOException {
    // when
    Pattern day = pattern(read("petition-review-request"), "reviewRequestedOn");

    // then
    assertThat(day.matcher("2026-11-18").find()).isTrue();
    assertThat(List.of("2026/11/18", "18.11.2026", "2026年11月18日"))
        .noneMatch(text -> day.matcher(text).find());
  }

  @Test
  void shouldRequireTheReasonsThePetitionerIsTold() throws IOException {
    // then: every decision the petitioner learns of comes with its reasons
    assertThat(
            editableField(read("petition-acceptance"), "acceptanceReason")
                .path("validate")
                .path("required")
                .asBoolean())
        .isTrue();
    assertThat(
            editableField(read("petition-review-decision"), "reviewOpinion")
                .path("validate")
                .path("required")
                .asBoolean())
        .isTrue();
    assertThat(
            editableField(read("petition-supervision"), "supervisionNote")
                .path("validate")
                .path("required")
                .asBoolean())
        .isTrue();
    assertThat(
            editableField(read("petition-extension-approval"), "extensionApprovalComment")
                .path("validate")
                .path("required")
                .asBoolean())
        .isTrue();
  }

  private List<String> values(String formId, String key) throws IOException {
    return editableField(read(formId), key).path("values").findValuesAsText("value");
  }

  private static Pattern pattern(JsonNode form, String key) {
    return Pattern.compile(editableField(form, key).path("validate").path("pattern").asText());
  }
}
