package org.tongxing.workers.certificates;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A disabled employee as the employer declares them in the application (process variable {@code
 * employees}).
 *
 * @param certificateNumber number of the employee's disability certificate (残疾人证号, 20 characters)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Employee(String name, String idNumber, String certificateNumber) {}
