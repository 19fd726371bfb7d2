package org.tongxing.workers.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongxing.workers.workflows.PolicyForms.all;
import static org.tongxing.workers.workflows.PolicyForms.field;
import static org.tongxing.workers.workflows.PolicyForms.fields;
import static org.tongxing.workers.workflows.PolicyForms.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forms of items 1 and 7: Camunda Forms JSON, each field citing its clause, within what the
 * tasklist's renderer supports, and agreeing with the BPMN that reads their values.
 */
class PolicyFormsTest {

  private static final List<String> TASK_FORMS =
      List.of(
          "employment-subsidy-review",
          "employment-subsidy-countersign",
          "employment-subsidy-countersign-overdue",
          "benefit-payment-rejected",
          "education-grant-review");
  private static final List<String> START_FORMS =
      List.of("employment-subsidy-application", "education-grant-application");

  /** What the tasklist renders (app/.../tasklist/form/ComponentKind). */
  private static final Set<String> RENDERED_TYPES =
      Set.of("text", "textfield", "textarea", "number", "radio", "select", "checkbox", "table");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "employment-subsidy-application",
        "employment-subsidy-review",
        "employment-subsidy-countersign",
        "employment-subsidy-countersign-overdue",
        "benefit-payment-rejected",
        "education-grant-application",
        "education-grant-review"
      })
  void shouldBeACamundaFormWhoseEveryFieldCitesItsClause(String formId) throws IOException {
    // when
    JsonNode form = read(formId);

    // then
    assertThat(form.path("id").asText()).isEqualTo(formId);
    assertThat(form.path("type").asText()).isEqualTo("default");
    assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Cloud");
    assertThat(form.path("schemaVersion").asInt()).isGreaterThanOrEqualTo(16);
    assertThat(fields(form))
        .isNotEmpty()
        .allSatisfy(
            field -> {
              assertThat(field.path("id").asText()).isNotBlank();
              assertThat(field.path("label").asText())
                  .as("label of %s", field.path("id"))
                  .isNotBlank();
              assertThat(field.path("properties").path("policyClause").asText())
                  .as("policyClause of %s", field.path("id").asText())
                  .matches("item \\d+\\.\\d+");
            });
  }

  @Test
  void shouldKeepTaskFormsToWhatTheTasklistRenders() throws IOException {
    // when
    List<JsonNode> components = new ArrayList<>();
    for (String formId : TASK_FORMS) {
      components.addAll(all(read(formId)).toList());
    }

    // then
    assertThat(components)
        .allSatisfy(c -> assertThat(c.path("type").asText()).isIn(RENDERED_TYPES))
        .filteredOn(c -> c.path("type").asText().equals("table"))
        .allSatisfy(
            table ->
                assertThat(table.path("dataSource").asText())
                    .as("a path the tasklist can read")
                    .matches("=[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)*"));
  }

  @Test
  void shouldBeReferencedByTheProcessesThatUseThem() {
    // when
    List<String> referenced =
        Stream.of("employment-subsidy", "education-grant", "benefit-payment")
            .flatMap(
                id ->
                    PolicyModels.read(id)
                        .getModelElementsByType(ZeebeFormDefinition.class)
                        .stream())
            .map(ZeebeFormDefinition::getFormId)
            .toList();

    // then
    assertThat(referenced)
        .containsExactlyInAnyOrderElementsOf(
            Stream.concat(TASK_FORMS.stream(), START_FORMS.stream()).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"employment-subsidy-review", "education-grant-review"})
  void shouldOfferTheDecisionsTheGatewayTests(String formId) throws IOException {
    // when
    JsonNode decision = field(read(formId), "decision");
    JsonNode comment = field(read(formId), "reviewComment");

    // then
    assertThat(decision.path("type").asText()).isEqualTo("radio");
    assertThat(decision.path("validate").path("required").asBoolean()).isTrue();
    assertThat(decision.path("values").findValuesAsText("value"))
        .containsExactly("approve", "return", "reject");
    assertThat(comment.path("label").asText()).isEqualTo("审批意见");
    assertThat(comment.path("validate").path("required").asBoolean()).isTrue();
  }

  @Test
  void shouldCollectTheEmployerAndItsEmployeesAsTheStartVariablesDescribe() throws IOException {
    // when
    JsonNode application = read("employment-subsidy-application");

    // then
    assertThat(all(application).filter(c -> c.has("key")).map(c -> c.path("key").asText()))
        .contains(
            "employer.name",
            "employer.unifiedSocialCreditCode",
            "employer.county",
            "employer.bankAccount.accountNumber",
            "year",
            "name",
            "idNumber",
            "certificateNumber");
    assertThat(field(application, "employer.county").path("values").findValuesAsText("value"))
        .hasSize(12)
        .contains("lucheng", "taishun");
    assertThat(all(application).filter(c -> "dynamiclist".equals(c.path("type").asText())))
        .singleElement()
        .satisfies(list -> assertThat(list.path("path").asText()).isEqualTo("employees"));
  }

  @Test
  void shouldValidateIdNumbersCertificatesCreditCodesAccountsAndMobiles() throws IOException {
    // given
    JsonNode employment = read("employment-subsidy-application");
    JsonNode education = read("education-grant-application");

    // then
    pattern(employment, "employer.unifiedSocialCreditCode")
        .accepts("91330302MA2AP0BX6T", "52330302MJ8765437T")
        .rejects("91330302MA2AP0BX6", "91330302MA2AP0BI6T");
    pattern(employment, "idNumber")
        .accepts("330302197804152112", "33032919690717351X")
        .rejects("33030219780415211", "3303021978041521123");
    pattern(employment, "certificateNumber")
        .accepts("33030219780415211242")
        .rejects("33030219780415211282", "330302197804152112");
    pattern(employment, "employer.bankAccount.accountNumber")
        .accepts("6217001820001234567", "6217001820001234")
        .rejects("621700182000123", "62170018200012345678");
    pattern(education, "guardian.mobile")
        .accepts("13857791234")
        .rejects("1385779123", "23857791234");
    pattern(education, "schoolYear").accepts("2025-2026").rejects("2025");
  }

  private static PatternAssert pattern(JsonNode form, String key) {
    return new PatternAssert(
        Pattern.compile(field(form, key).path("validate").path("pattern").asText()));
  }

  /** Camunda Forms tests a pattern with RegExp.test: it must occur in the value. */
  private record PatternAssert(Pattern pattern) {

    PatternAssert accepts(String... values) {
      assertThat(values).allMatch(value -> pattern.matcher(value).find(), "matches " + pattern);
      return this;
    }

    PatternAssert rejects(String... values) {
      assertThat(values).noneMatch(value -> pattern.matcher(value).find(), "matches " + pattern);
      return this;
    }
  }
}
