package org.tongxing.workers.rehabilitation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The child of a rehabilitation subsidy application (process variable {@code child}).
 *
 * @param certificateNumber 残疾人证号, 20 characters
 * @param householdCounty county code of the household registration (lucheng, ruian, ...); item 6.3
 *     asks for the deferral certificate of that county's education bureau
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChildReference(
    String name, String idNumber, String certificateNumber, String householdCounty) {}
