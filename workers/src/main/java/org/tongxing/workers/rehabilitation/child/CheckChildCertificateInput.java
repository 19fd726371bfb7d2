package org.tongxing.workers.rehabilitation.child;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.tongxing.workers.rehabilitation.ChildReference;

/** The variables {@link CheckChildCertificateWorker} reads: the application's {@code child}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckChildCertificateInput(ChildReference child) {}
