package org.tongxing.workers.bureau;

/**
 * A bureau system answered, but refused the request as it stands (a 4xx outside its contract: a
 * change its record does not allow, a request it cannot read). Retrying the same request cannot
 * help: workers fail the job without retries, so that an incident shows the answer at once.
 */
public class BureauRejectedException extends RuntimeException {

  public BureauRejectedException(String message) {
    super(message);
  }
}
