package org.tongxing.workers.rehabilitation.child;

/** The variable {@link CheckChildCertificateWorker} completes its job with. */
public record CheckChildCertificateOutput(ChildCertificate childCertificate) {}
