package org.tongxing.engine.feel;

/**
 * The result of evaluating an {@link Expression}: a Java value ({@code String}, {@code Number},
 * {@code Boolean}, {@code List}, {@code Map}, date-time types or null), or a failure message.
 */
public record EvaluationResult(Object value, String failureMessage) {

  public static EvaluationResult success(Object value) {
    return new EvaluationResult(value, null);
  }

  public static EvaluationResult failure(String message) {
    return new EvaluationResult(null, message);
  }

  public boolean isFailure() {
    return failureMessage != null;
  }
}
