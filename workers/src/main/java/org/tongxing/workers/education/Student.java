package org.tongxing.workers.education;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The student an education grant is applied for (process variable {@code student}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Student(String name, String idNumber) {}
