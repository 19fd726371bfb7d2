package org.tongxing.app.tasklist.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormSubmissionTest {

  private static final FormSchema REVIEW = FormSchemaParser.parse(FormFixtures.REVIEW_FORM);

  @Test
  void shouldTypeTheValuesOfAValidSubmission() {
    // given
    Map<String, String> submitted = validSubmission();

    // when
    SubmissionResult result = FormSubmission.validate(REVIEW, submitted);

    // then
    assertThat(result.isValid()).isTrue();
    assertThat(result.variables())
        .containsEntry("decision", "approve")
        .containsEntry("amount", 1200L)
        .containsEntry("comment", "材料齐全，同意。")
        .containsEntry("documentsChecked", true)
        .containsEntry("county", "lucheng")
        .containsEntry("certificateNumber", "33030219800101123X12");
  }

  @Test
  void shouldNeverTakeAReadonlyFieldFromTheRequest() {
    // given
    Map<String, String> submitted = validSubmission();
    submitted.put("applicantName", "forged");

    // when
    SubmissionResult result = FormSubmission.validate(REVIEW, submitted);

    // then
    assertThat(result.variables()).doesNotContainKey("applicantName");
  }

  @Test
  void shouldRefuseMissingRequiredValuesOncePerField() {
    // when
    SubmissionResult result = FormSubmission.validate(REVIEW, Map.of("comment", "  "));

    // then
    assertThat(result.isValid()).isFalse();
    assertThat(result.errors())
        .extracting(FieldError::key, FieldError::code)
        .containsExactly(
            tuple("decision", FormSubmission.REQUIRED_CHOICE),
            tuple("comment", FormSubmission.REQUIRED),
            tuple("documentsChecked", FormSubmission.REQUIRED_CHECKBOX));
    assertThat(result.errors().get(1).getArguments()).containsExactly("审核意见");
    assertThat(result.enteredValues()).containsEntry("comment", "  ");
  }

  @Test
  void shouldCheckLengthsOnTheTrimmedTextCountingCharacters() {
    // given a one-character comment padded with spaces, and a 501-character one
    Map<String, String> tooShort = validSubmission();
    tooShort.put("comment", "  好  ");
    Map<String, String> tooLong = validSubmission();
    tooLong.put("comment", "意".repeat(501));
    Map<String, String> longest = validSubmission();
    longest.put("comment", "意".repeat(500));

    // when / then
    assertThat(FormSubmission.validate(REVIEW, tooShort).errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.code()).isEqualTo(FormSubmission.MIN_LENGTH);
              assertThat(error.getArguments()).containsExactly("审核意见", "2");
            });
    assertThat(FormSubmission.validate(REVIEW, tooLong).errors())
        .extracting(FieldError::code)
        .containsExactly(FormSubmission.MAX_LENGTH);
    assertThat(FormSubmission.validate(REVIEW, longest).isValid()).isTrue();
  }

  @Test
  void shouldCheckThePatternAsCamundaFormsDo() {
    // given
    Map<String, String> malformed = validSubmission();
    malformed.put("certificateNumber", "3303021980010112");
    Map<String, String> empty = validSubmission();
    empty.put("certificateNumber", "");

    // when / then an empty optional field passes, a malformed one does not
    assertThat(FormSubmission.validate(REVIEW, malformed).errors())
        .extracting(FieldError::code)
        .containsExactly(FormSubmission.PATTERN);
    assertThat(FormSubmission.validate(REVIEW, empty).isValid()).isTrue();
  }

  @Test
  void shouldMatchAnUnanchoredPatternAnywhereInTheValue() {
    // given
    FormSchema schema =
        FormSchemaParser.parse(
            "{\"components\": [{\"type\": \"textfield\", \"key\": \"phone\", \"label\": \"电话\","
                + " \"validate\": {\"pattern\": \"[0-9]{11}\"}}]}");

    // when / then
    assertThat(FormSubmission.validate(schema, Map.of("phone", "手机 13800138000")).isValid())
        .isTrue();
    assertThat(FormSubmission.validate(schema, Map.of("phone", "138-0013")).isValid()).isFalse();
  }

  @Test
  void shouldCheckNumbers() {
    // given
    Map<String, String> notANumber = validSubmission();
    notANumber.put("amount", "一千");
    Map<String, String> tooHigh = validSubmission();
    tooHigh.put("amount", "36000.01");
    Map<String, String> negative = validSubmission();
    negative.put("amount", "-1");
    Map<String, String> tooPrecise = validSubmission();
    tooPrecise.put("amount", "10.005");

    // when / then
    assertThat(codeOf(notANumber)).isEqualTo(FormSubmission.NOT_A_NUMBER);
    assertThat(codeOf(tooHigh)).isEqualTo(FormSubmission.MAX);
    assertThat(codeOf(negative)).isEqualTo(FormSubmission.MIN);
    assertThat(codeOf(tooPrecise)).isEqualTo(FormSubmission.DECIMAL_DIGITS);
  }

  @Test
  void shouldReadFullWidthDigitsAndKeepDecimalsAsDecimals() {
    // given
    Map<String, String> fullWidth = validSubmission();
    fullWidth.put("amount", "２４０００．５");
    Map<String, String> trailingZeros = validSubmission();
    trailingZeros.put("amount", "300.00");

    // when / then
    assertThat(FormSubmission.validate(REVIEW, fullWidth).variables())
        .containsEntry("amount", 24000.5);
    assertThat(FormSubmission.validate(REVIEW, trailingZeros).variables())
        .containsEntry("amount", 300L);
  }

  @Test
  void shouldSendNullForAnEmptyOptionalNumberOrChoice() {
    // given
    Map<String, String> submitted = validSubmission();
    submitted.remove("amount");
    submitted.put("county", "");

    // when
    SubmissionResult result = FormSubmission.validate(REVIEW, submitted);

    // then
    assertThat(result.isValid()).isTrue();
    assertThat(result.variables()).containsEntry("amount", null).containsEntry("county", null);
  }

  @Test
  void shouldRefuseAChoiceTheFormDoesNotOffer() {
    // given
    Map<String, String> submitted = validSubmission();
    submitted.put("decision", "approve-all");

    // when / then
    assertThat(codeOf(submitted)).isEqualTo(FormSubmission.UNKNOWN_CHOICE);
  }

  @Test
  void shouldKeepTheTypeOfANumericOptionValue() {
    // given
    FormSchema schema =
        FormSchemaParser.parse(
            "{\"components\": [{\"type\": \"radio\", \"key\": \"grade\", \"label\": \"等级\","
                + " \"values\": [{\"label\": \"一级\", \"value\": 1}, {\"label\": \"二级\", \"value\":"
                + " 2}]}]}");

    // when
    SubmissionResult result = FormSubmission.validate(schema, Map.of("grade", "2"));

    // then
    assertThat(result.variables()).containsEntry("grade", 2L);
  }

  @Test
  void shouldReadAnUntickedCheckboxAsFalse() {
    // given
    FormSchema schema =
        FormSchemaParser.parse(
            "{\"components\": [{\"type\": \"checkbox\", \"key\": \"urgent\", \"label\": \"加急\"}]}");

    // when / then
    assertThat(FormSubmission.validate(schema, Map.of()).variables())
        .containsEntry("urgent", false);
    assertThat(FormSubmission.validate(schema, Map.of("urgent", "true")).variables())
        .containsEntry("urgent", true);
  }

  @Test
  void shouldNormalizeLineBreaksOfATextarea() {
    // given
    Map<String, String> submitted = validSubmission();
    submitted.put("comment", "第一行\r\n第二行");

    // when / then
    assertThat(FormSubmission.validate(REVIEW, submitted).variables())
        .containsEntry("comment", "第一行\n第二行");
  }

  private static String codeOf(Map<String, String> submitted) {
    List<FieldError> errors = FormSubmission.validate(REVIEW, submitted).errors();
    assertThat(errors).hasSize(1);
    return errors.get(0).code();
  }

  private static Map<String, String> validSubmission() {
    Map<String, String> submitted = new HashMap<>();
    submitted.put("decision", "approve");
    submitted.put("amount", "1200");
    submitted.put("comment", "材料齐全，同意。");
    submitted.put("documentsChecked", "true");
    submitted.put("county", "lucheng");
    submitted.put("certificateNumber", "33030219800101123X12");
    return submitted;
  }
}
