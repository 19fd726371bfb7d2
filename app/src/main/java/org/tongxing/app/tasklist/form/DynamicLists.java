package org.tongxing.app.tasklist.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dynamic lists of a form (Camunda Forms {@code dynamiclist}: rows of the same fields, a list
 * variable at the component's {@code path}), which only form-js can fill in. The browser sends each
 * list as JSON ({@code list.<path>}); here every row is checked with the rules of the list's
 * fields, as any other field, and the rows become the list variable. A row's refusal names the row
 * and the field.
 */
public final class DynamicLists {

  public static final String PARAMETER_PREFIX = "list.";
  public static final String ROW_ERROR = "form.error.row";
  private static final ObjectMapper JSON = new ObjectMapper();

  private DynamicLists() {}

  /** Adds the checked lists of the submission to its variables, or their errors to its errors. */
  public static SubmissionResult validate(
      String formJson, Map<String, String> parameters, SubmissionResult submission) {
    List<JsonNode> lists = new ArrayList<>();
    try {
      collect(JSON.readTree(formJson).path("components"), lists);
    } catch (JsonProcessingException e) {
      return submission;
    }
    if (lists.isEmpty()) {
      return submission;
    }
    Map<String, Object> variables = new java.util.LinkedHashMap<>(submission.variables());
    Map<String, String> entered = new HashMap<>(submission.enteredValues());
    List<FieldError> errors = new ArrayList<>(submission.errors());
    for (JsonNode list : lists) {
      String path = list.path("path").asText();
      ObjectNode rowForm = JSON.createObjectNode();
      rowForm.set("components", list.path("components"));
      FormSchema rowSchema = FormSchemaParser.parse(rowForm.toString());
      List<Object> rows = new ArrayList<>();
      JsonNode sent = parse(parameters.get(PARAMETER_PREFIX + path));
      int index = 0;
      for (JsonNode row : sent) {
        index++;
        Map<String, String> values = new HashMap<>();
        row.fields()
            .forEachRemaining(
                field ->
                    values.put(
                        field.getKey(),
                        field.getValue().isNull() ? "" : field.getValue().asText()));
        SubmissionResult checked = FormSubmission.validate(rowSchema, values);
        for (FieldError error : checked.errors()) {
          List<Object> arguments = new ArrayList<>();
          arguments.add(list.path("label").asText(path));
          arguments.add(String.valueOf(index));
          arguments.add(new FieldError(error.key(), error.code(), error.arguments()));
          errors.add(new FieldError(path, ROW_ERROR, arguments));
        }
        rows.add(checked.variables());
      }
      if (!rows.isEmpty()) {
        FieldPaths.put(variables, path, rows);
      }
      entered.put(path, sent.toString());
    }
    return new SubmissionResult(variables, entered, errors);
  }

  private static JsonNode parse(String json) {
    try {
      JsonNode node = json == null ? null : JSON.readTree(json);
      return node != null && node.isArray() ? node : JSON.createArrayNode();
    } catch (JsonProcessingException e) {
      return JSON.createArrayNode();
    }
  }

  private static void collect(JsonNode components, List<JsonNode> lists) {
    for (JsonNode component : components) {
      if ("dynamiclist".equals(component.path("type").asText()) && component.hasNonNull("path")) {
        lists.add(component);
      } else if (component.path("components").isArray()) {
        collect(component.path("components"), lists);
      }
    }
  }
}
