package org.tongxing.app.tasklist;

import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.ClientHttpException;
import io.camunda.client.api.command.ProblemException;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Runs one Camunda client call and translates the client's failures into the tasklist's: a missing
 * task is a {@link TaskNotFoundException}, a refused command a {@link TaskActionRejectedException},
 * anything else {@link TasklistUnavailableException}.
 */
public final class EngineCalls {

  private static final int NOT_FOUND = 404;

  private EngineCalls() {}

  /** A call that is not about one task (a search, a read): any failure is unavailability. */
  public static <T> T call(Supplier<T> request) {
    return call(null, request);
  }

  /**
   * @param taskKey the task the call is about; {@code null} for searches, where "not found" means
   *     the engine lacks the endpoint
   */
  public static <T> T call(Long taskKey, Supplier<T> request) {
    try {
      try {
        return request.get();
      } catch (CompletionException e) {
        // a request sent asynchronously and joined: its own failure is the cause
        throw e.getCause() instanceof RuntimeException cause ? cause : e;
      }
    } catch (ClientHttpException e) {
      int status = e.code();
      if (status == NOT_FOUND && taskKey != null) {
        throw new TaskNotFoundException(taskKey);
      }
      if ((status == 400 || status == 409) && taskKey != null) {
        throw new TaskActionRejectedException(taskKey, reason(e), e);
      }
      throw new TasklistUnavailableException(
          "Expected the engine to answer, but it returned HTTP " + status + ": " + reason(e), e);
    } catch (ClientException e) {
      throw new TasklistUnavailableException(
          "Expected the engine to answer, but the call failed: " + e.getMessage(), e);
    }
  }

  /** The problem's detail when the engine sent one, else the client's message. */
  public static String reason(ClientHttpException e) {
    if (e instanceof ProblemException problem
        && problem.details() != null
        && problem.details().getDetail() != null) {
      return problem.details().getDetail();
    }
    return e.getMessage();
  }
}
