package org.tongxing.workers.bureau.establishment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.tongxing.workers.bureau.AnnualHeadcount;

/**
 * An organ or public institution as the establishment office (编办) answers it.
 *
 * @param bodyType {@code party-government-organ} or {@code public-institution}
 * @param fundingType {@code full} (全额拨款), {@code partial} (差额拨款) or {@code self-financed}
 * @param staffReports the staff actually employed in each reported year
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublicBody(
    String creditCode,
    String name,
    String bodyType,
    String bodyTypeName,
    String fundingType,
    String fundingTypeName,
    String regionCode,
    String status,
    String statusName,
    List<AnnualHeadcount> staffReports) {}
