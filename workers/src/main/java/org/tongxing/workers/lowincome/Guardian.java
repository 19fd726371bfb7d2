package org.tongxing.workers.lowincome;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The student's parent or guardian as the application declares them (process variable {@code
 * guardian}).
 *
 * @param relationship {@code father}, {@code mother} or {@code guardian}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Guardian(String name, String idNumber, String relationship) {}
