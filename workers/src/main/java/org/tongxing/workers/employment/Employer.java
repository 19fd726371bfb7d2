package org.tongxing.workers.employment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The applying employer as the application declares it (process variable {@code employer}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Employer(String name, String unifiedSocialCreditCode, String county) {}
