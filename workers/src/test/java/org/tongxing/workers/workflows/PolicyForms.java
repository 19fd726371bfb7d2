package org.tongxing.workers.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Reading the Camunda Forms of {@code forms/}, for form tests. */
final class PolicyForms {

  private static final ObjectMapper JSON = new ObjectMapper();

  private PolicyForms() {}

  /** The id of every form in {@code forms/}, as its file is named. */
  static List<String> forms() {
    return RepositoryFiles.ids("forms", ".form");
  }

  static JsonNode read(String formId) {
    try {
      return JSON.readTree(RepositoryFiles.find("forms/" + formId + ".form").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The form's top-level components, in order. */
  static List<JsonNode> components(JsonNode form) {
    return StreamSupport.stream(form.path("components").spliterator(), false).toList();
  }

  /** Every component, those inside a group or a dynamic list too. */
  static Stream<JsonNode> all(JsonNode container) {
    return StreamSupport.stream(container.path("components").spliterator(), false)
        .flatMap(component -> Stream.concat(Stream.of(component), all(component)));
  }

  /**
   * Every component but guidance text, those inside a group or a dynamic list too: what holds,
   * shows or lists a value of the case, each of which has a policy meaning.
   */
  static List<JsonNode> fields(JsonNode form) {
    return all(form).filter(component -> !"text".equals(component.path("type").asText())).toList();
  }

  /** The keys of the form's top-level fields, in order. */
  static List<String> keys(JsonNode form) {
    return components(form).stream()
        .filter(component -> component.has("key"))
        .map(component -> component.path("key").asText())
        .toList();
  }

  /** The first field with the key, anywhere in the form. */
  static JsonNode field(JsonNode form, String key) {
    return all(form)
        .filter(component -> key.equals(component.path("key").asText()))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "Expected a field with key '%s' in form %s, but found none"
                        .formatted(key, form.path("id").asText())));
  }

  /** The editable field with the key (a form may show a value read-only and ask for it again). */
  static JsonNode editableField(JsonNode form, String key) {
    return all(form)
        .filter(component -> key.equals(component.path("key").asText()))
        .filter(component -> !component.path("readonly").asBoolean())
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "Expected an editable field with key '%s' in form %s, but found none"
                        .formatted(key, form.path("id").asText())));
  }

  /** The policy clause the component cites, or empty text. */
  static String policyClause(JsonNode component) {
    return component.path("properties").path("policyClause").asText();
  }
}
