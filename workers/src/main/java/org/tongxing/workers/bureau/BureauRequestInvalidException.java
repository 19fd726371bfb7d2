package org.tongxing.workers.bureau;

/**
 * The bureau system refused the request itself: it breaks the contract (400), or repeats an
 * idempotency key with other content than the first time (409). Neither a business outcome nor
 * passing trouble: the same request would get the same answer, so workers fail the job without
 * retries and the incident tells someone to correct the data.
 */
public class BureauRequestInvalidException extends RuntimeException {

  public BureauRequestInvalidException(String message) {
    super(message);
  }
}
