package org.tongxing.search;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.tongxing.engine.record.DecisionEvaluationIntent;
import org.tongxing.engine.record.DecisionEvaluationRecord;
import org.tongxing.engine.record.JobIntent;
import org.tongxing.engine.record.Record;

/** How every backend reads the values it projects from a record. */
public final class RecordValues {

  private RecordValues() {}

  /** An empty text is no value. */
  public static String orNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  /** A negative key is no key (-1 where the engine has none). */
  public static Long keyOrNull(long key) {
    return key < 0 ? null : key;
  }

  /** An ISO 8601 date-time as epoch milliseconds, or null when empty. */
  public static Long epochMillis(String isoDateTime) {
    return isoDateTime == null || isoDateTime.isEmpty()
        ? null
        : OffsetDateTime.parse(isoDateTime).toInstant().toEpochMilli();
  }

  /**
   * The job's state as the search API names it: the last of these intents. Activation, back-off,
   * yielding and a new timeout leave it as it was (a job stays CREATED while a worker has it).
   */
  public static Optional<String> jobState(JobIntent intent) {
    return switch (intent) {
      case CREATED, COMPLETED, FAILED, RETRIES_UPDATED, TIMED_OUT, CANCELED, ERROR_THROWN ->
          Optional.of(intent.name());
      case ACTIVATED, RECURRED_AFTER_BACKOFF, YIELDED, TIMEOUT_UPDATED -> Optional.empty();
    };
  }

  /** Whether the job's end time is set by this intent. */
  public static boolean endsJob(JobIntent intent) {
    return intent == JobIntent.COMPLETED
        || intent == JobIntent.CANCELED
        || intent == JobIntent.ERROR_THROWN;
  }

  /** The one decision instance of an evaluation: {@code <evaluation key>-1}. */
  public static String decisionInstanceId(Record record) {
    return record.key() + "-1";
  }

  public static boolean decisionFailed(Record record) {
    return record.intent() == DecisionEvaluationIntent.FAILED;
  }

  /**
   * DECISION_TABLE when it shows inputs or rules, UNSPECIFIED for a failure that shows neither,
   * else LITERAL_EXPRESSION.
   */
  public static String decisionType(Record record, DecisionEvaluationRecord evaluation) {
    boolean table = !evaluation.evaluatedInputs().isEmpty() || !evaluation.matchedRules().isEmpty();
    return table ? "DECISION_TABLE" : decisionFailed(record) ? "UNSPECIFIED" : "LITERAL_EXPRESSION";
  }

  /** -1 when evaluated on request, as Zeebe's records say (the client expects keys). */
  public static long calledBy(DecisionEvaluationRecord evaluation, long key) {
    return evaluation.processInstanceKey() > 0 ? key : -1L;
  }
}
