package org.tongxing.workers.employers;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.tongxing.workers.employment.Employer;

/**
 * The variables the {@link CheckEmployerRegistrationWorker} reads.
 *
 * @param year the year whose workforce counts (the year the wages were paid in)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckEmployerRegistrationInput(Employer employer, Integer year) {}
