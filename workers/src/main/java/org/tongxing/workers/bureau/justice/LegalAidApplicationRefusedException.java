package org.tongxing.workers.bureau.justice;

/**
 * The Justice system will not file the application as it stands (422: something it needs is missing
 * or malformed). A business outcome for the case, not a technical failure.
 */
public class LegalAidApplicationRefusedException extends RuntimeException {

  public LegalAidApplicationRefusedException(String message) {
    super(message);
  }
}
