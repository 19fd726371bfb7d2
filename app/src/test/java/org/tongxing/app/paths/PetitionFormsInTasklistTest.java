package org.tongxing.app.paths;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.tongxing.app.tasklist.form.ComponentKind;
import org.tongxing.app.tasklist.form.FieldError;
import org.tongxing.app.tasklist.form.FormSchema;
import org.tongxing.app.tasklist.form.FormSchemaParser;
import org.tongxing.app.tasklist.form.FormSubmission;
import org.tongxing.app.tasklist.form.SubmissionResult;

/**
 * The petition forms as the tasklist renders and checks them: nothing it cannot show, and a
 * submission typed as the processes read it.
 */
class PetitionFormsInTasklistTest {

  /** Every form of the petition processes, as the app ships them. */
  static Stream<String> petitionForms() throws IOException {
    return Arrays.stream(
            new PathMatchingResourcePatternResolver()
                .getResources("classpath*:forms/petition-*.form"))
        .map(Resource::getFilename)
        .map(name -> name.substring(0, name.length() - ".form".length()))
        .sorted();
  }

  @ParameterizedTest
  @MethodSource("petitionForms")
  void shouldRenderEveryComponent(String formId) throws IOException {
    // when
    FormSchema form = form(formId);

    // then
    assertThat(form.id()).isEqualTo(formId);
    assertThat(form.components())
        .allSatisfy(
            component ->
                assertThat(component.kind())
                    .as("%s of %s", component.key(), formId)
                    .isNotEqualTo(ComponentKind.UNSUPPORTED));
    assertThat(form.inputs()).allSatisfy(input -> assertThat(input.label()).isNotBlank());
  }

  @Test
  void shouldTypeAHandlingSubmissionAsTheProcessReadsIt() throws IOException {
    // when
    SubmissionResult result =
        FormSubmission.validate(
            form("petition-handling"),
            Map.of(
                "handlingAction", "request-extension",
                "extensionDays", "２０",
                "extensionReason", "需会同市财政局核对补贴资金拨付记录",
                // read-only: never taken from the request
                "handlingDueOnText", "2099年1月1日"));

    // then
    assertThat(result.errors()).isEmpty();
    assertThat(result.variables())
        .containsEntry("handlingAction", "request-extension")
        .containsEntry("extensionDays", 20L)
        .doesNotContainKey("handlingDueOnText");
  }

  @Test
  void shouldRefuseAnExtensionOverThirtyDaysInTheForm() throws IOException {
    // when
    SubmissionResult result =
        FormSubmission.validate(
            form("petition-handling"),
            Map.of("handlingAction", "request-extension", "extensionDays", "31"));

    // then
    assertThat(result.errors()).extracting(FieldError::key).containsExactly("extensionDays");
  }

  @Test
  void shouldCheckTheIntakeNumbers() throws IOException {
    // when
    SubmissionResult result =
        FormSubmission.validate(
            form("petition-intake"),
            Map.of(
                "receivedBy", "petitions",
                "petitionChannel", "visit",
                "petitioner.name", "陈建国",
                "petitioner.idNumber", "33030219780415",
                "petitioner.mobile", "138057700",
                "petitioner.address", "温州市鹿城区五马街道解放街12号",
                "petitioner.county", "lucheng",
                "noticeChannel", "sms",
                "petitionSummary", "残疾人就业补贴未按时发放",
                "petitionContent", "本人所在单位已申请按比例就业补贴，至今未收到。"));

    // then
    assertThat(result.errors())
        .extracting(FieldError::key)
        .containsExactlyInAnyOrder("petitioner.idNumber", "petitioner.mobile");
  }

  @Test
  void shouldTakeTheLegalAidReferralAsABoolean() throws IOException {
    // when
    SubmissionResult result =
        FormSubmission.validate(
            form("petition-acceptance"),
            Map.of(
                "acceptanceDecision", "accept",
                "acceptanceReason", "属于本市职权范围，依法受理",
                "legalAidReferral", "on"));

    // then
    assertThat(result.errors()).isEmpty();
    assertThat(result.variables()).containsEntry("legalAidReferral", true);
  }

  private static FormSchema form(String formId) throws IOException {
    return FormSchemaParser.parse(
        new ClassPathResource("forms/" + formId + ".form")
            .getContentAsString(StandardCharsets.UTF_8));
  }
}
