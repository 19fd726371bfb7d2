package org.tongxing.workers.bureau.publicsecurity;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/**
 * A household registration (户籍) as the public security system answers it.
 *
 * @param regionCode county-level division (GB/T 2260) of the registration
 * @param status {@value #ACTIVE} or {@value #CANCELLED}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HouseholdRegistration(
    String idNumber,
    String name,
    String regionCode,
    String regionName,
    String status,
    LocalDate cancelledOn,
    String cancellationReason) {

  public static final String ACTIVE = "ACTIVE";
  public static final String CANCELLED = "CANCELLED";
}
