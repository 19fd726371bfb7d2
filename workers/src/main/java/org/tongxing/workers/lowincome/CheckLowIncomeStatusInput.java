package org.tongxing.workers.lowincome;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.tongxing.workers.education.Student;

/**
 * The variables the {@link CheckLowIncomeStatusWorker} reads.
 *
 * @param on the day whose status counts, ISO ({@code 2026-03-02}): the case's application date
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckLowIncomeStatusInput(Student student, Guardian guardian, String on) {}
