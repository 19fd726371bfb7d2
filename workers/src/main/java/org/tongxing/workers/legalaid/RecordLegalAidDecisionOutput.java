package org.tongxing.workers.legalaid;

import org.tongxing.workers.bureau.justice.LegalAidApplication;

/**
 * The variables the {@link RecordLegalAidDecisionWorker} completes with.
 *
 * @param legalAidStatus {@code GRANTED} or {@code REFUSED}, as the Justice system recorded it
 * @param legalAidProvider who gives the aid, or {@code null}
 */
public record RecordLegalAidDecisionOutput(String legalAidStatus, String legalAidProvider) {

  static RecordLegalAidDecisionOutput of(LegalAidApplication application) {
    return new RecordLegalAidDecisionOutput(application.status(), application.provider());
  }
}
