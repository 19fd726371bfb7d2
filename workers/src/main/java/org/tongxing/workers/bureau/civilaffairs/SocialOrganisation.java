package org.tongxing.workers.bureau.civilaffairs;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.tongxing.workers.bureau.AnnualHeadcount;

/** A social organisation as civil affairs answers it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SocialOrganisation(
    String creditCode,
    String name,
    String organisationType,
    String organisationTypeName,
    String regionCode,
    String status,
    String statusName,
    List<AnnualHeadcount> annualReports) {}
