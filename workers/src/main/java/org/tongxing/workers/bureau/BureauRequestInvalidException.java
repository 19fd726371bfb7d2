package org.tongxing.workers.bureau;

/**
 * The bureau system refused the request itself: it breaks the contract (400), repeats an
 * idempotency key with other content than the first time (409), or asks for a change the record's
 * state does not allow (409, for example re-admitting an institution that is not suspended).
 * Neither a business outcome nor passing trouble: the same request would get the same answer, so
 * workers fail the job without retries and the incident tells someone to correct the data.
 */
public class BureauRequestInvalidException extends RuntimeException {

  public BureauRequestInvalidException(String message) {
    super(message);
  }
}
