package org.tongxing.workers.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forms of {@code employment-subsidy}: Camunda Forms JSON within what the tasklist's renderer
 * supports, and agreeing with the BPMN that reads their values.
 */
class EmploymentSubsidyFormsTest {

  private static final Set<String> RENDERED_TYPES =
      Set.of("text", "textfield", "textarea", "number", "radio", "select", "checkbox");

  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"employment-subsidy-application", "employment-subsidy-review"})
  void shouldBeCamundaFormsTheRendererSupports(String formId) throws IOException {
    // when
    JsonNode form = read(formId);

    // then
    assertThat(form.path("id").asText()).isEqualTo(formId);
    assertThat(form.path("type").asText()).isEqualTo("default");
    assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Cloud");
    assertThat(form.path("schemaVersion").asInt()).isGreaterThanOrEqualTo(16);
    assertThat(components(form))
        .allSatisfy(
            component -> {
              assertThat(component.path("type").asText()).isIn(RENDERED_TYPES);
              assertThat(component.path("id").asText()).isNotBlank();
            })
        .filteredOn(component -> !component.path("type").asText().equals("text"))
        .allSatisfy(
            field -> {
              assertThat(field.path("key").asText()).isNotBlank();
              assertThat(field.path("label").asText()).isNotBlank();
              assertThat(field.path("properties").path("policyClause").asText())
                  .as("policyClause of %s", field.path("key").asText())
                  .isEqualTo("item 1.4");
            });
  }

  @Test
  void shouldOfferTheDecisionsTheGatewayTests() throws IOException {
    // given the gateway approves on decision = "approve"
    JsonNode decision = field(read("employment-subsidy-review"), "decision");

    // then
    assertThat(decision.path("type").asText()).isEqualTo("radio");
    assertThat(decision.path("validate").path("required").asBoolean()).isTrue();
    assertThat(decision.path("values").findValuesAsText("value"))
        .containsExactly("approve", "reject");
    assertThat(decision.path("values").findValuesAsText("label")).containsExactly("同意", "驳回");
  }

  @Test
  void shouldRequireAReviewComment() throws IOException {
    // when
    JsonNode comment = field(read("employment-subsidy-review"), "reviewComment");

    // then
    assertThat(comment.path("type").asText()).isEqualTo("textarea");
    assertThat(comment.path("label").asText()).isEqualTo("审批意见");
    assertThat(comment.path("validate").path("required").asBoolean()).isTrue();
    assertThat(comment.path("validate").path("minLength").asInt()).isEqualTo(2);
    assertThat(comment.path("validate").path("maxLength").asInt()).isEqualTo(500);
  }

  @Test
  void shouldCollectTheEmployerAsTheStartVariablesDescribe() throws IOException {
    // when
    JsonNode application = read("employment-subsidy-application");

    // then
    assertThat(components(application))
        .filteredOn(component -> component.has("key"))
        .extracting(component -> component.path("key").asText())
        .containsExactly(
            "employer.name",
            "employer.unifiedSocialCreditCode",
            "employer.type",
            "employer.county",
            "year");
    assertThat(field(application, "employer.county").path("values").findValuesAsText("value"))
        .hasSize(12)
        .doesNotHaveDuplicates();
    assertThat(field(application, "employer.type").path("values").findValuesAsText("value"))
        .contains("enterprise", "institution", "social-organization");
  }

  @Test
  void shouldValidateTheUnifiedSocialCreditCode() throws IOException {
    // given
    String pattern =
        field(read("employment-subsidy-application"), "employer.unifiedSocialCreditCode")
            .path("validate")
            .path("pattern")
            .asText();
    Pattern creditCode = Pattern.compile(pattern);

    // then
    assertThat(List.of("91330302MA2AP0BX3K", "52330300MJ8765432T"))
        .allMatch(code -> creditCode.matcher(code).find());
    assertThat(List.of("91330302MA2AP0BX3", "91330302MA2AP0BI3K", "9133030xMA2AP0BX3K"))
        .noneMatch(code -> creditCode.matcher(code).find());
  }

  private JsonNode read(String formId) throws IOException {
    return json.readTree(RepositoryFiles.find("forms/" + formId + ".form").toFile());
  }

  private static List<JsonNode> components(JsonNode form) {
    return StreamSupport.stream(form.path("components").spliterator(), false).toList();
  }

  private static JsonNode field(JsonNode form, String key) {
    return components(form).stream()
        .filter(component -> key.equals(component.path("key").asText()))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "Expected a field with key '%s' in form %s, but found none"
                        .formatted(key, form.path("id").asText())));
  }
}
