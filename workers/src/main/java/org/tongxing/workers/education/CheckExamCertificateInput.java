package org.tongxing.workers.education;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The variables the {@link CheckExamCertificateWorker} reads.
 *
 * @param examCertificateNumber the number of the certificate the grant is applied for
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckExamCertificateInput(Student student, String examCertificateNumber) {}
