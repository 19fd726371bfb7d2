package org.tongxing.engine.feel;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.LongSupplier;
import org.camunda.feel.api.FailedEvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;

/**
 * FEEL as BPMN attributes use it: a leading {@code =} marks an expression, anything else is a
 * static value. Expressions are parsed once, at deployment, and evaluated many times.
 */
public final class ExpressionLanguage {

  private final FeelEngineApi feel;

  /**
   * @param clock the engine clock (epoch ms), so that FEEL's {@code now()} and {@code today()}
   *     follow a pinned engine clock
   */
  public ExpressionLanguage(LongSupplier clock, ZoneId zone) {
    this.feel =
        FeelEngineBuilder.forJava()
            .withClock(() -> ZonedDateTime.ofInstant(Instant.ofEpochMilli(clock.getAsLong()), zone))
            .build();
  }

  /** Parses a BPMN attribute: FEEL when it starts with "=", otherwise a static value. */
  public ParsedAttribute parseAttribute(String text) {
    String trimmed = text == null ? "" : text.strip();
    if (trimmed.startsWith("=")) {
      return parseFeel(trimmed.substring(1));
    }
    return ParsedAttribute.success(new Expression(trimmed, null));
  }

  /**
   * Parses text that is always FEEL (sequence flow conditions, mapping sources): a leading "=" is
   * optional.
   */
  public ParsedAttribute parseFeelAttribute(String text) {
    String trimmed = text == null ? "" : text.strip();
    return parseFeel(trimmed.startsWith("=") ? trimmed.substring(1) : trimmed);
  }

  private ParsedAttribute parseFeel(String expression) {
    ParseResult result = feel.parseExpression(expression);
    if (result.isFailure()) {
      return ParsedAttribute.failure(
          "failed to parse FEEL expression '" + expression + "': " + failureMessage(result));
    }
    return ParsedAttribute.success(new Expression(expression, result.parsedExpression()));
  }

  private static String failureMessage(ParseResult result) {
    if (result instanceof org.camunda.feel.api.FailedParseResult failed) {
      return failed.failure().message();
    }
    return "unknown parse failure";
  }

  /** Evaluates an expression; a static expression evaluates to its text. */
  public EvaluationResult evaluate(Expression expression, VariableLookup variables) {
    if (expression.isStatic()) {
      return EvaluationResult.success(expression.text());
    }
    try {
      org.camunda.feel.api.EvaluationResult result =
          feel.evaluate(expression.parsed(), variables.visibleVariables());
      if (result.isFailure()) {
        return EvaluationResult.failure(
            "failed to evaluate expression '"
                + expression.text()
                + "': "
                + ((FailedEvaluationResult) result).failure().message());
      }
      return EvaluationResult.success(result.result());
    } catch (RuntimeException e) {
      return EvaluationResult.failure(
          "failed to evaluate expression '" + expression.text() + "': " + e.getMessage());
    }
  }

  /**
   * The result of parsing an attribute.
   *
   * @param expression the parsed expression, or null on failure
   * @param failureMessage why it could not be parsed, or null on success
   */
  public record ParsedAttribute(Expression expression, String failureMessage) {
    static ParsedAttribute success(Expression expression) {
      return new ParsedAttribute(expression, null);
    }

    static ParsedAttribute failure(String message) {
      return new ParsedAttribute(null, message);
    }

    public boolean isFailure() {
      return failureMessage != null;
    }
  }
}
