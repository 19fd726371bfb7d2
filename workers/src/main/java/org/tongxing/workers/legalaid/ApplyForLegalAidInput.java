package org.tongxing.workers.legalaid;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.tongxing.workers.bureau.justice.LegalAidApplicationRequest;

/**
 * The variables the {@link ApplyForLegalAidWorker} reads: the local variable {@code
 * legalAidRequest}, built by the task's input mapping from the petition.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApplyForLegalAidInput(LegalAidApplicationRequest legalAidRequest) {}
