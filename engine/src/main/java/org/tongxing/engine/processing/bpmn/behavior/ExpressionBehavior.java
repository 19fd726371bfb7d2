package org.tongxing.engine.processing.bpmn.behavior;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongxing.engine.feel.EvaluationResult;
import org.tongxing.engine.feel.Expression;
import org.tongxing.engine.feel.ExpressionLanguage;
import org.tongxing.engine.json.JsonValues;
import org.tongxing.engine.processing.ProcessingContext;

/**
 * Evaluates expressions in a variable scope and checks the result's type, with messages in the form
 * "Expected result of the expression 'x' to be 'STRING', but was 'NUMBER'".
 */
public final class ExpressionBehavior {

  private final ExpressionLanguage language;

  public ExpressionBehavior(ExpressionLanguage language) {
    this.language = language;
  }

  /** The outcome of a typed evaluation: a value or a failure message. */
  public record Evaluated<T>(T value, String failure) {
    static <T> Evaluated<T> ok(T value) {
      return new Evaluated<>(value, null);
    }

    static <T> Evaluated<T> failed(String message) {
      return new Evaluated<>(null, message);
    }

    public boolean isFailure() {
      return failure != null;
    }
  }

  public EvaluationResult evaluate(
      Expression expression, long scopeKey, ProcessingContext context) {
    return language.evaluate(expression, () -> visibleVariables(scopeKey, context));
  }

  /** Evaluates with extra variables layered over the scope's (used by sequential mappings). */
  public EvaluationResult evaluate(
      Expression expression,
      long scopeKey,
      Map<String, Object> overlay,
      ProcessingContext context) {
    return language.evaluate(
        expression,
        () -> {
          Map<String, Object> variables = visibleVariables(scopeKey, context);
          variables.putAll(overlay);
          return variables;
        });
  }

  public Evaluated<String> evaluateString(
      Expression expression, long scopeKey, ProcessingContext context) {
    EvaluationResult result = evaluate(expression, scopeKey, context);
    if (result.isFailure()) {
      return Evaluated.failed(result.failureMessage());
    }
    if (result.value() instanceof String text) {
      return Evaluated.ok(text);
    }
    return Evaluated.failed(typeMismatch(expression, "STRING", result.value()));
  }

  /** A list of strings: a static comma-separated list, or FEEL giving a list or one string. */
  public Evaluated<List<String>> evaluateStringList(
      Expression expression, long scopeKey, ProcessingContext context) {
    if (expression.isStatic()) {
      return Evaluated.ok(
          Arrays.stream(expression.text().split(","))
              .map(String::strip)
              .filter(s -> !s.isEmpty())
              .toList());
    }
    EvaluationResult result = evaluate(expression, scopeKey, context);
    if (result.isFailure()) {
      return Evaluated.failed(result.failureMessage());
    }
    if (result.value() instanceof String text) {
      return Evaluated.ok(List.of(text));
    }
    if (result.value() instanceof List<?> list) {
      List<String> strings = new ArrayList<>();
      for (Object item : list) {
        if (!(item instanceof String text)) {
          return Evaluated.failed(typeMismatch(expression, "ARRAY of STRING", result.value()));
        }
        strings.add(text);
      }
      return Evaluated.ok(strings);
    }
    return Evaluated.failed(typeMismatch(expression, "ARRAY", result.value()));
  }

  public Evaluated<Integer> evaluateInt(
      Expression expression, long scopeKey, ProcessingContext context) {
    if (expression.isStatic()) {
      try {
        return Evaluated.ok(Integer.parseInt(expression.text()));
      } catch (NumberFormatException e) {
        return Evaluated.failed(typeMismatch(expression, "NUMBER", expression.text()));
      }
    }
    EvaluationResult result = evaluate(expression, scopeKey, context);
    if (result.isFailure()) {
      return Evaluated.failed(result.failureMessage());
    }
    if (result.value() instanceof Number number) {
      return Evaluated.ok(number.intValue());
    }
    return Evaluated.failed(typeMismatch(expression, "NUMBER", result.value()));
  }

  /** An ISO 8601 date-time with offset, as a string (due and follow-up dates). */
  public Evaluated<String> evaluateDateTime(
      Expression expression, long scopeKey, ProcessingContext context) {
    Object value;
    if (expression.isStatic()) {
      value = expression.text();
    } else {
      EvaluationResult result = evaluate(expression, scopeKey, context);
      if (result.isFailure()) {
        return Evaluated.failed(result.failureMessage());
      }
      value = result.value();
    }
    if (value instanceof ZonedDateTime dateTime) {
      return Evaluated.ok(dateTime.toOffsetDateTime().toString());
    }
    if (value instanceof OffsetDateTime dateTime) {
      return Evaluated.ok(dateTime.toString());
    }
    if (value instanceof String text) {
      try {
        return Evaluated.ok(ZonedDateTime.parse(text).toOffsetDateTime().toString());
      } catch (DateTimeParseException e) {
        return Evaluated.failed(
            "Expected result of the expression '"
                + expression.text()
                + "' to be a date-time with offset (ISO 8601), but was '"
                + text
                + "'");
      }
    }
    return Evaluated.failed(typeMismatch(expression, "DATE TIME", value));
  }

  private static Map<String, Object> visibleVariables(long scopeKey, ProcessingContext context) {
    Map<String, String> json = context.state().variables().getVisible(scopeKey);
    Map<String, Object> values = new HashMap<>(json.size() * 2);
    json.forEach((name, value) -> values.put(name, JsonValues.parse(value)));
    return values;
  }

  static String typeMismatch(Expression expression, String expected, Object actual) {
    return "Expected result of the expression '"
        + expression.text()
        + "' to be '"
        + expected
        + "', but was '"
        + typeName(actual)
        + "'";
  }

  private static String typeName(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof String) {
      return "STRING";
    }
    if (value instanceof Number) {
      return "NUMBER";
    }
    if (value instanceof Boolean) {
      return "BOOLEAN";
    }
    if (value instanceof List<?>) {
      return "ARRAY";
    }
    if (value instanceof Map<?, ?>) {
      return "OBJECT";
    }
    return value.getClass().getSimpleName().toUpperCase();
  }
}
