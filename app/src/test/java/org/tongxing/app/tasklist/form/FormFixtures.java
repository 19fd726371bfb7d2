package org.tongxing.app.tasklist.form;

/** Camunda Forms JSON used by the tests, shaped like the forms in {@code forms/}. */
public final class FormFixtures {

  /** A reviewer's decision: every supported component type, with every kind of rule. */
  public static final String REVIEW_FORM =
"""
{
  "id": "Form_ReviewEligibility",
  "type": "default",
  "schemaVersion": 16,
  "components": [
    { "type": "text", "id": "Text_1", "text": "# 审核资格\\n请核对申请材料后作出结论。" },
    { "type": "radio", "id": "Field_decision", "key": "decision", "label": "审核结论",
      "values": [ { "label": "同意", "value": "approve" }, { "label": "驳回", "value": "reject" } ],
      "validate": { "required": true } },
    { "type": "number", "id": "Field_amount", "key": "amount", "label": "核定金额（元）",
      "decimalDigits": 2, "validate": { "min": 0, "max": 36000 } },
    { "type": "textarea", "id": "Field_comment", "key": "comment", "label": "审核意见",
      "description": "请写明理由。", "validate": { "required": true, "minLength": 2, "maxLength": 500 } },
    { "type": "checkbox", "id": "Field_checked", "key": "documentsChecked", "label": "材料已核对",
      "validate": { "required": true } },
    { "type": "select", "id": "Field_county", "key": "county", "label": "所属区县",
      "values": [ { "label": "鹿城区", "value": "lucheng" }, { "label": "瓯海区", "value": "ouhai" } ] },
    { "type": "textfield", "id": "Field_certificate", "key": "certificateNumber", "label": "残疾证号",
      "validate": { "pattern": "^[0-9]{17}[0-9X][0-9]{2}$" } },
    { "type": "textfield", "id": "Field_applicant", "key": "applicantName", "label": "申请人",
      "readonly": true },
    { "type": "separator", "id": "Separator_1" },
    { "type": "button", "id": "Button_1", "action": "submit", "label": "提交" }
  ]
}
""";

  private FormFixtures() {}
}
