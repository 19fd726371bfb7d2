package org.tongxing.app.tasklist.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FormSchemaParserTest {

  @Test
  void shouldReadEverySupportedComponentType() {
    // when
    FormSchema schema = FormSchemaParser.parse(FormFixtures.REVIEW_FORM);

    // then
    assertThat(schema.id()).isEqualTo("Form_ReviewEligibility");
    assertThat(schema.components())
        .extracting(FormComponent::kind)
        .containsExactly(
            ComponentKind.TEXT,
            ComponentKind.RADIO,
            ComponentKind.NUMBER,
            ComponentKind.TEXTAREA,
            ComponentKind.CHECKBOX,
            ComponentKind.SELECT,
            ComponentKind.TEXTFIELD,
            ComponentKind.TEXTFIELD,
            ComponentKind.SEPARATOR,
            ComponentKind.NOT_SHOWN);
    assertThat(schema.inputs())
        .extracting(FormComponent::key)
        .containsExactly(
            "decision",
            "amount",
            "comment",
            "documentsChecked",
            "county",
            "certificateNumber",
            "applicantName");
  }

  @Test
  void shouldReadLabelsOptionsAndRules() {
    // when
    FormSchema schema = FormSchemaParser.parse(FormFixtures.REVIEW_FORM);

    // then
    FormComponent decision = schema.components().get(1);
    assertThat(decision.label()).isEqualTo("审核结论");
    assertThat(decision.options())
        .containsExactly(new ChoiceOption("同意", "approve"), new ChoiceOption("驳回", "reject"));
    assertThat(decision.validation().required()).isTrue();
    FormComponent amount = schema.components().get(2);
    assertThat(amount.validation().min()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(amount.validation().max()).isEqualByComparingTo("36000");
    assertThat(amount.decimalDigits()).isEqualTo(2);
    FormComponent comment = schema.components().get(3);
    assertThat(comment.description()).isEqualTo("请写明理由。");
    assertThat(comment.validation()).isEqualTo(new FieldValidation(true, 2, 500, null, null, null));
    assertThat(schema.components().get(6).validation().pattern())
        .isEqualTo("^[0-9]{17}[0-9X][0-9]{2}$");
    assertThat(schema.components().get(7).readonly()).isTrue();
    assertThat(schema.components().get(0).text()).isEqualTo("# 审核资格\n请核对申请材料后作出结论。");
  }

  @Test
  void shouldTurnAnUnknownComponentIntoANotice() {
    // when
    FormSchema schema =
        FormSchemaParser.parse(
"""
{"components": [{"type": "dynamiclist", "key": "children", "label": "子女", "components": []}]}
""");

    // then
    FormComponent component = schema.components().get(0);
    assertThat(component.kind()).isEqualTo(ComponentKind.UNSUPPORTED);
    assertThat(component.type()).isEqualTo("dynamiclist");
    assertThat(component.noticeCode()).isEqualTo(FormComponent.NOTICE_UNKNOWN_TYPE);
    assertThat(schema.inputs()).isEmpty();
  }

  @Test
  void shouldTurnOptionsFromProcessDataIntoANotice() {
    // when
    FormSchema schema =
        FormSchemaParser.parse(
"""
{"components": [{"type": "select", "key": "county", "label": "区县", "valuesKey": "counties"}]}
""");

    // then
    assertThat(schema.components().get(0).kind()).isEqualTo(ComponentKind.UNSUPPORTED);
    assertThat(schema.components().get(0).noticeCode())
        .isEqualTo(FormComponent.NOTICE_DYNAMIC_OPTIONS);
  }

  @Test
  void shouldTurnAFieldWithoutKeyIntoANotice() {
    // when
    FormSchema schema =
        FormSchemaParser.parse("{\"components\": [{\"type\": \"textfield\", \"label\": \"意见\"}]}");

    // then
    assertThat(schema.components().get(0).kind()).isEqualTo(ComponentKind.UNSUPPORTED);
    assertThat(schema.components().get(0).noticeCode()).isEqualTo(FormComponent.NOTICE_MISSING_KEY);
  }

  @Test
  void shouldLabelAFieldWithItsKeyWhenItHasNoLabel() {
    // when
    FormSchema schema =
        FormSchemaParser.parse(
            "{\"components\": [{\"type\": \"textfield\", \"key\": \"remark\"}]}");

    // then
    assertThat(schema.components().get(0).label()).isEqualTo("remark");
  }

  @Test
  void shouldDropABrokenPatternRatherThanTheForm() {
    // when
    FormSchema schema =
        FormSchemaParser.parse(
            "{\"components\": [{\"type\": \"textfield\", \"key\": \"code\", \"validate\":"
                + " {\"pattern\": \"[0-9\"}}]}");

    // then
    assertThat(schema.components().get(0).validation().pattern()).isNull();
  }

  @Test
  void shouldNotTreatAFeelExpressionAsReadonly() {
    // when
    FormSchema schema =
        FormSchemaParser.parse(
            "{\"components\": [{\"type\": \"textfield\", \"key\": \"note\", \"readonly\":"
                + " \"=decided\"}]}");

    // then
    assertThat(schema.components().get(0).readonly()).isFalse();
  }

  @Test
  void shouldRefuseJsonThatIsNoForm() {
    // when / then
    assertThatThrownBy(() -> FormSchemaParser.parse("{\"type\": \"default\"}"))
        .isInstanceOf(InvalidFormSchemaException.class)
        .hasMessageContaining("Expected a Camunda form with a components array");
    assertThatThrownBy(() -> FormSchemaParser.parse("{not json"))
        .isInstanceOf(InvalidFormSchemaException.class)
        .hasMessageContaining("does not parse");
  }

  @Test
  void shouldReadATableOfAListVariableWithStaticColumns() {
    // when
    FormSchema schema =
        FormSchemaParser.parse(
            """
            {"components": [{"type": "table", "id": "t", "label": "核验结果",
              "dataSource": "= assessment.employees",
              "columns": [{"label": "姓名", "key": "name"}, {"key": "household.regionName"}]}]}
            """);

    // then
    FormComponent table = schema.components().get(0);
    assertThat(table.kind()).isEqualTo(ComponentKind.TABLE);
    assertThat(table.kind().isInput()).isFalse();
    assertThat(table.table().dataSource()).isEqualTo("assessment.employees");
    assertThat(table.table().columns())
        .containsExactly(
            new FormTable.Column("姓名", "name"),
            new FormTable.Column("household.regionName", "household.regionName"));
  }

  @Test
  void shouldShowANoticeForATableComputedByFeel() {
    // when
    FormSchema schema =
        FormSchemaParser.parse(
            """
            {"components": [
              {"type": "table", "label": "已计入", "dataSource": "=assessment.employees[counted]",
               "columns": [{"label": "姓名", "key": "name"}]},
              {"type": "table", "label": "动态列", "dataSource": "=rows",
               "columnsExpression": "=headers"}]}
            """);

    // then
    assertThat(schema.components())
        .allSatisfy(
            component -> {
              assertThat(component.kind()).isEqualTo(ComponentKind.UNSUPPORTED);
              assertThat(component.noticeCode()).isEqualTo(FormComponent.NOTICE_TABLE_SOURCE);
            });
  }
}
