package org.tongxing.workers.bureau.market;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.tongxing.workers.bureau.AnnualHeadcount;

/**
 * A market entity's registration as market regulation answers it.
 *
 * @param entityType {@code enterprise}, {@code individual-business} or {@code farmer-cooperative}
 * @param status {@code ACTIVE}, {@code DEREGISTERED} or {@code REVOKED}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BusinessRegistration(
    String creditCode,
    String name,
    String entityType,
    String entityTypeName,
    boolean legalPerson,
    String regionCode,
    String status,
    String statusName,
    List<AnnualHeadcount> annualReports) {}
