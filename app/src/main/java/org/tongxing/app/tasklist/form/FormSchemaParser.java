package org.tongxing.app.tasklist.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads Camunda Forms JSON. Lenient per component (an odd component becomes a notice, a broken rule
 * is dropped with a warning) and strict only about the whole: no {@code components} array, no form.
 */
public final class FormSchemaParser {

  private static final Logger LOG = LoggerFactory.getLogger(FormSchemaParser.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private FormSchemaParser() {}

  public static FormSchema parse(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json == null ? "" : json);
    } catch (JsonProcessingException e) {
      throw new InvalidFormSchemaException(
          "Expected a Camunda form in JSON, but it does not parse: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.path("components").isArray()) {
      throw new InvalidFormSchemaException(
          "Expected a Camunda form with a components array, but got "
              + (root == null || root.isMissingNode() ? "nothing" : root.getNodeType()));
    }
    String formId = text(root, "id");
    List<FormComponent> components = new ArrayList<>();
    for (JsonNode component : root.get("components")) {
      components.add(component(formId, component));
    }
    return new FormSchema(formId, components);
  }

  private static FormComponent component(String formId, JsonNode node) {
    String type = text(node, "type");
    ComponentKind kind = ComponentKind.ofType(type);
    String key = text(node, "key");
    String label = text(node, "label");
    String noticeCode =
        kind == ComponentKind.UNSUPPORTED ? FormComponent.NOTICE_UNKNOWN_TYPE : null;
    List<ChoiceOption> options = options(node.path("values"));

    if (kind.isInput() && isBlank(key)) {
      noticeCode = FormComponent.NOTICE_MISSING_KEY;
      kind = ComponentKind.UNSUPPORTED;
    } else if ((kind == ComponentKind.RADIO || kind == ComponentKind.SELECT)
        && options.isEmpty()
        && (node.has("valuesKey") || node.has("valuesExpression"))) {
      // options computed from process data need FEEL or a variable look-up; not supported yet
      noticeCode = FormComponent.NOTICE_DYNAMIC_OPTIONS;
      kind = ComponentKind.UNSUPPORTED;
    }
    FormTable table = null;
    if (kind == ComponentKind.TABLE) {
      table = table(node);
      if (table == null) {
        // rows computed by FEEL, or columns from an expression, need the FEEL engine
        noticeCode = FormComponent.NOTICE_TABLE_SOURCE;
        kind = ComponentKind.UNSUPPORTED;
      }
    }
    if (kind.isInput() && isBlank(label)) {
      // every field needs a visible label; the key is better than nothing
      label = key;
    }
    return new FormComponent(
        kind,
        type,
        key,
        label,
        text(node, "description"),
        text(node, "text"),
        options,
        validation(formId, key, node.path("validate")),
        isTrue(node.get("readonly")) || isTrue(node.get("disabled")),
        scalar(node.get("defaultValue")),
        integer(node.get("decimalDigits")),
        noticeCode,
        table);
  }

  /** A table whose data source is a plain path ({@code =a.b}) with static columns, else null. */
  private static FormTable table(JsonNode node) {
    String source = text(node, "dataSource");
    String path = source == null ? "" : source.strip().replaceFirst("^=\\s*", "");
    if (!VariablePaths.PATH.matcher(path).matches() || !node.path("columns").isArray()) {
      return null;
    }
    List<FormTable.Column> columns = new ArrayList<>();
    for (JsonNode column : node.get("columns")) {
      String key = text(column, "key");
      if (key == null || !VariablePaths.PATH.matcher(key).matches()) {
        return null;
      }
      String label = text(column, "label");
      columns.add(new FormTable.Column(isBlank(label) ? key : label, key));
    }
    return columns.isEmpty() ? null : new FormTable(path, columns);
  }

  private static List<ChoiceOption> options(JsonNode values) {
    List<ChoiceOption> options = new ArrayList<>();
    if (!values.isArray()) {
      return options;
    }
    for (JsonNode value : values) {
      Object optionValue = scalar(value.get("value"));
      if (optionValue == null) {
        continue;
      }
      String label = text(value, "label");
      options.add(
          new ChoiceOption(isBlank(label) ? String.valueOf(optionValue) : label, optionValue));
    }
    return options;
  }

  private static FieldValidation validation(String formId, String key, JsonNode validate) {
    if (!validate.isObject()) {
      return FieldValidation.NONE;
    }
    return new FieldValidation(
        isTrue(validate.get("required")),
        integer(validate.get("minLength")),
        integer(validate.get("maxLength")),
        pattern(formId, key, text(validate, "pattern")),
        decimal(validate.get("min")),
        decimal(validate.get("max")));
  }

  private static String pattern(String formId, String key, String pattern) {
    if (isBlank(pattern)) {
      return null;
    }
    try {
      Pattern.compile(pattern);
      return pattern;
    } catch (PatternSyntaxException e) {
      // a broken rule must not block the task; the form's author sees the warning
      LOG.warn(
          "Expected a valid regular expression in form {} field {}, but got '{}': rule ignored",
          formId,
          key,
          pattern);
      return null;
    }
  }

  private static boolean isTrue(JsonNode node) {
    // a FEEL expression (a string such as "=approved") cannot be evaluated here: not read-only
    return node != null && node.isBoolean() && node.booleanValue();
  }

  private static Object scalar(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return node.longValue();
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    return node.isValueNode() ? node.asText() : null;
  }

  private static Integer integer(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isIntegralNumber() && node.canConvertToInt()) {
      return node.intValue();
    }
    if (node.isTextual()) {
      try {
        return Integer.valueOf(node.asText().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static BigDecimal decimal(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isTextual()) {
      try {
        return new BigDecimal(node.asText().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isValueNode() && !value.isNull() ? value.asText() : null;
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
