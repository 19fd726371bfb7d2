package org.tongxing.workers.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongxing.workers.workflows.PolicyForms.components;
import static org.tongxing.workers.workflows.PolicyForms.field;
import static org.tongxing.workers.workflows.PolicyForms.keys;
import static org.tongxing.workers.workflows.PolicyForms.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forms of items 5 and 6: Camunda Forms JSON within what the tasklist's renderer supports,
 * Chinese labels, a clause on every field, check results read-only, and choices that agree with the
 * gateways that read them.
 */
class RehabilitationFormsTest {

  private static final Set<String> RENDERED_TYPES =
      Set.of("text", "textfield", "textarea", "number", "radio", "select", "checkbox");
  private static final Pattern CLAUSE = Pattern.compile("item [56]\\.\\d");
  private static final Set<String> START_FORMS =
      Set.of(
          "child-rehabilitation-subsidy-application",
          "institution-accreditation-application",
          "institution-operating-subsidy-start");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "child-rehabilitation-subsidy-application",
        "child-rehabilitation-subsidy-review",
        "child-rehabilitation-deferral-confirmation",
        "child-rehabilitation-supervision",
        "child-rehabilitation-subsidy-finance-review",
        "child-rehabilitation-payment-rejected",
        "institution-operating-subsidy-start",
        "institution-operating-subsidy-review",
        "institution-accreditation-application",
        "institution-accreditation-document-review",
        "institution-health-inspection",
        "institution-education-inspection",
        "institution-fee-check",
        "institution-accreditation-inspection-decision",
        "institution-accreditation-agreement",
        "institution-readmission-review",
        "institution-annual-review-opinion",
        "institution-annual-review"
      })
  void shouldBeACamundaFormTheRendererSupportsCitingItsClauses(String formId) throws IOException {
    // when
    JsonNode form = read(formId);

    // then
    assertThat(form.path("id").asText()).isEqualTo(formId);
    assertThat(form.path("type").asText()).isEqualTo("default");
    assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Cloud");
    assertThat(form.path("schemaVersion").asInt()).isGreaterThanOrEqualTo(16);
    assertThat(components(form).get(0).path("type").asText()).isEqualTo("text");
    assertThat(components(form).get(0).path("text").asText()).startsWith("## ").contains("item ");
    assertThat(components(form))
        .allSatisfy(
            component -> {
              assertThat(component.path("type").asText()).isIn(RENDERED_TYPES);
              assertThat(component.path("id").asText()).matches("(Field|Text)_\\w+");
            })
        .filteredOn(component -> component.has("key"))
        .allSatisfy(
            field -> {
              String key = field.path("key").asText();
              assertThat(field.path("label").asText())
                  .as("label of %s", key)
                  .matches(".*\\p{IsHan}.*");
              assertThat(field.path("properties").path("policyClause").asText())
                  .as("policyClause of %s", key)
                  .matches(CLAUSE);
              if (field.path("readonly").asBoolean()) {
                assertThat(field.path("validate").path("required").asBoolean())
                    .as("a read-only %s cannot be required", key)
                    .isFalse();
              } else if (!START_FORMS.contains(formId)) {
                // the tasklist completes with the keys as they are: a task's input is top-level
                assertThat(key).as("editable key %s", key).doesNotContain(".");
              }
            });
    assertThat(components(form)).filteredOn(this::isEditable).isNotEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "child-rehabilitation-subsidy-review, reviewDecision, approve|return|reject",
    "child-rehabilitation-deferral-confirmation, deferralDecision, confirm|deny",
    "child-rehabilitation-subsidy-finance-review, financeDecision, approve|return",
    "child-rehabilitation-payment-rejected, paymentResolution, retry|cancel",
    "institution-operating-subsidy-review, operatingSubsidyDecision, approve|reject",
    "institution-accreditation-document-review, documentDecision, pass|return|reject",
    "institution-health-inspection, healthInspectionResult, pass|fail",
    "institution-education-inspection, educationInspectionResult, pass|fail",
    "institution-fee-check, feeCheckResult, pass|fail",
    "institution-accreditation-inspection-decision, inspectionDecision, rectify|reject",
    "institution-readmission-review, readmissionDecision, readmit|keep-suspended",
    "institution-annual-review-opinion, departmentOpinion, pass|fail",
    "institution-annual-review, annualReviewDecision, renew|exit"
  })
  void shouldOfferTheDecisionsTheGatewaysTest(String formId, String key, String values)
      throws IOException {
    // when
    JsonNode decision = field(read(formId), key);

    // then
    assertThat(decision.path("type").asText()).isEqualTo("radio");
    assertThat(decision.path("validate").path("required").asBoolean()).isTrue();
    assertThat(decision.path("values").findValuesAsText("value"))
        .containsExactly(values.split("\\|"));
    assertThat(decision.path("values").findValuesAsText("label"))
        .allSatisfy(label -> assertThat(label).matches("\\p{IsHan}.*"));
  }

  @Test
  void shouldCollectTheChildGuardianAndInstitutionTheStartEventDescribes() throws IOException {
    // when
    JsonNode application = read("child-rehabilitation-subsidy-application");

    // then
    assertThat(keys(application))
        .contains(
            "child.name",
            "child.idNumber",
            "child.certificateNumber",
            "child.householdCounty",
            "subsidyYear",
            "institution.unifiedSocialCreditCode",
            "appliedBy",
            "guardian.name",
            "guardian.mobile",
            "guardian.bankAccount");
    assertThat(field(application, "child.householdCounty").path("values").findValuesAsText("value"))
        .hasSize(12)
        .doesNotHaveDuplicates();
    Pattern certificate =
        Pattern.compile(
            field(application, "child.certificateNumber")
                .path("validate")
                .path("pattern")
                .asText());
    assertThat(certificate.matcher("33030220200512031062").find()).isTrue();
    assertThat(certificate.matcher("33030220200512031082").find()).as("category digit 8").isFalse();
    Pattern mobile =
        Pattern.compile(
            field(application, "guardian.mobile").path("validate").path("pattern").asText());
    assertThat(mobile.matcher("13957712345").find()).isTrue();
    assertThat(mobile.matcher("23957712345").find()).isFalse();
  }

  @Test
  void shouldShowTheAmountsToTheReviewerReadOnly() throws IOException {
    // when
    JsonNode review = read("child-rehabilitation-subsidy-review");

    // then
    assertThat(components(review))
        .filteredOn(component -> component.path("readonly").asBoolean())
        .extracting(component -> component.path("key").asText())
        .contains(
            "childCertificate.disabilityCategoryName",
            "designatedInstitution.reason",
            "subsidy.summary",
            "subsidy.trainingSubsidy",
            "subsidy.livingAllowance");
    assertThat(field(review, "reviewComment").path("validate").path("minLength").asInt())
        .isEqualTo(2);
  }

  private boolean isEditable(JsonNode component) {
    return component.has("key") && !component.path("readonly").asBoolean();
  }
}
