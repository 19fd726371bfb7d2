package org.tongxing.workers.education;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The variables the {@link CheckSchoolEnrolmentWorker} reads.
 *
 * @param schoolYear for example {@code 2025-2026}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckSchoolEnrolmentInput(Student student, String schoolYear) {}
