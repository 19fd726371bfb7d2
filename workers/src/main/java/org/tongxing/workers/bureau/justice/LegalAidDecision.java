package org.tongxing.workers.bureau.justice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The legal aid agency's decision, as the Justice system records it.
 *
 * @param decision {@value #GRANTED} or {@value #REFUSED}
 * @param reason required when refused
 * @param provider who gives the aid; required when granted
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LegalAidDecision(String decision, String reason, String provider, String decidedBy) {

  public static final String GRANTED = "GRANTED";
  public static final String REFUSED = "REFUSED";
}
