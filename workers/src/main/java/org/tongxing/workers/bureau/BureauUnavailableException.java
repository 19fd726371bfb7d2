package org.tongxing.workers.bureau;

/**
 * A bureau system could not give an answer: it is down, too slow, unreachable or answered something
 * outside its contract. A technical failure, never a business outcome: workers fail the job so that
 * it is retried, and an incident is raised when the retries run out.
 */
public class BureauUnavailableException extends RuntimeException {

  public BureauUnavailableException(String message) {
    super(message);
  }

  public BureauUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
