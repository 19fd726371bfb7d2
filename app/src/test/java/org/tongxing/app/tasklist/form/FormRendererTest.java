package org.tongxing.app.tasklist.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormRendererTest {

  private static final FormSchema REVIEW = FormSchemaParser.parse(FormFixtures.REVIEW_FORM);

  @Test
  void shouldStartFromProcessVariablesThenDefaults() {
    // given
    FormSchema schema =
        FormSchemaParser.parse(
"""
{"components": [
  {"type": "textfield", "key": "applicantName", "label": "申请人", "defaultValue": "（未填）"},
  {"type": "number", "key": "amount", "label": "金额", "defaultValue": 0},
  {"type": "checkbox", "key": "urgent", "label": "加急", "defaultValue": true},
  {"type": "textfield", "key": "address", "label": "地址"}
]}
""");

    // when
    Map<String, String> values =
        FormRenderer.initialValues(
            schema, Map.of("applicantName", "王小明", "amount", 2400.50, "address", List.of("不是文本")));

    // then
    assertThat(values)
        .containsEntry("applicantName", "王小明")
        .containsEntry("amount", "2400.5")
        .containsEntry("urgent", "true")
        .doesNotContainKey("address");
  }

  @Test
  void shouldReadADottedKeyAsAPathIntoAnObjectVariable() {
    // given the check results of a rehabilitation subsidy case, shown read-only
    FormSchema schema =
        FormSchemaParser.parse(
"""
{"components": [
  {"type": "textfield", "key": "childCertificate.disabilityCategoryName", "label": "残疾类别", "readonly": true},
  {"type": "number", "key": "subsidy.trainingSubsidy", "label": "康复训练补助", "readonly": true},
  {"type": "textfield", "key": "subsidy.missing.deeper", "label": "无此值", "defaultValue": "（无）"},
  {"type": "textfield", "key": "employer.name", "label": "单位名称"}
]}
""");

    // when
    Map<String, String> values =
        FormRenderer.initialValues(
            schema,
            Map.of(
                "childCertificate", Map.of("disabilityCategoryName", "精神残疾"),
                "subsidy", Map.of("trainingSubsidy", 36000),
                "employer", Map.of("name", "嵌套的名称"),
                "employer.name", "同名变量优先"));

    // then
    assertThat(values)
        .containsEntry("childCertificate.disabilityCategoryName", "精神残疾")
        .containsEntry("subsidy.trainingSubsidy", "36000")
        .containsEntry("subsidy.missing.deeper", "（无）")
        .containsEntry("employer.name", "同名变量优先");
  }

  @Test
  void shouldGiveEachComponentIdsAndTieHintAndErrorToIt() {
    // when
    List<RenderedComponent> rendered =
        FormRenderer.render(REVIEW, Map.of("comment", "好"), Map.of("comment", "“审核意见”至少需要 2 个字。"));

    // then
    RenderedComponent comment = rendered.get(3);
    assertThat(comment.id()).isEqualTo("field-4");
    assertThat(comment.inputName()).isEqualTo("field.comment");
    assertThat(comment.value()).isEqualTo("好");
    assertThat(comment.describedBy()).isEqualTo("field-4-hint field-4-error");
    RenderedComponent decision = rendered.get(1);
    assertThat(decision.describedBy()).isNull();
    assertThat(decision.optionId(0)).isEqualTo("field-2-option-0");
  }

  @Test
  void shouldMirrorTheServerRulesInHtmlAttributes() {
    // when
    List<RenderedComponent> rendered = FormRenderer.render(REVIEW, Map.of(), Map.of());

    // then
    RenderedComponent amount = rendered.get(2);
    assertThat(amount.min()).isEqualTo("0");
    assertThat(amount.max()).isEqualTo("36000");
    assertThat(amount.step()).isEqualTo("0.01");
    assertThat(rendered.get(6).htmlPattern())
        .isEqualTo("[\\s\\S]*(?:^[0-9]{17}[0-9X][0-9]{2}$)[\\s\\S]*");
  }

  @Test
  void shouldAllowAnyDecimalsUnlessTheFormLimitsThem() {
    // given
    FormComponent free =
        new FormComponent(
            ComponentKind.NUMBER,
            "number",
            "n",
            "n",
            null,
            null,
            null,
            new FieldValidation(false, null, null, null, BigDecimal.ONE, null),
            false,
            null,
            null,
            null);

    // when / then
    assertThat(new RenderedComponent(free, "field-1", "field.n", null, null).step())
        .isEqualTo("any");
  }

  @Test
  void shouldShowTheLabelOfTheChosenOption() {
    // when
    List<RenderedComponent> rendered =
        FormRenderer.render(REVIEW, Map.of("decision", "reject"), Map.of());

    // then
    assertThat(rendered.get(1).displayValue()).isEqualTo("驳回");
    assertThat(rendered.get(1).isSelected(new ChoiceOption("驳回", "reject"))).isTrue();
  }

  @Test
  void shouldReadOnlyTheFormsOwnParameters() {
    // when
    Map<String, String> values =
        FormRenderer.submittedValues(
            Map.of("field.comment", "同意", "_csrf", "token", "comment", "x"));

    // then
    assertThat(values).containsExactly(Map.entry("comment", "同意"));
  }

  @Test
  void shouldReadPathKeysIntoObjectVariables() {
    // given
    FormSchema schema =
        FormSchemaParser.parse(
            """
            {"components": [
              {"type": "textfield", "key": "employer.bankAccount.accountName", "label": "户名"},
              {"type": "textfield", "key": "employer.missing.name", "label": "无"}
            ]}
            """);

    // when
    Map<String, String> values =
        FormRenderer.initialValues(
            schema, Map.of("employer", Map.of("bankAccount", Map.of("accountName", "温州同行制衣有限公司"))));

    // then
    assertThat(values).containsExactly(Map.entry("employer.bankAccount.accountName", "温州同行制衣有限公司"));
  }

  @Test
  void shouldRenderTableRowsFromTheListVariableInColumnOrder() {
    // given
    FormSchema schema =
        FormSchemaParser.parse(
            """
            {"components": [{"type": "table", "label": "拨付", "dataSource": "=paymentResults",
              "columns": [{"label": "金额", "key": "amount"}, {"label": "用途", "key": "purpose"}]}]}
            """);

    // when
    List<RenderedComponent> rendered =
        FormRenderer.render(
            schema,
            Map.of(),
            Map.of(),
            Map.of(
                "paymentResults",
                List.of(Map.of("purpose", "按比例就业补贴", "amount", 13680), Map.of("amount", 0.5))));

    // then
    assertThat(rendered.get(0).tableRows())
        .containsExactly(List.of("13680", "按比例就业补贴"), List.of("0.5", ""));
  }
}
