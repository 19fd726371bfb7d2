package org.tongxing.workers.bureau.education;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauEndpoints;
import org.tongxing.workers.bureau.BureauJsonClient;
import org.tongxing.workers.bureau.BureauUnavailableException;

/**
 * Looks up adult and self-study examination certificates (成人高考、自学考试): {@code GET
 * {baseUrl}/exam-certificates/{certificateNumber}}; configured by {@code
 * tongxing.bureau.education-exam-certificates.*}.
 */
@Component
public class ExamCertificateClient {

  public static final String NOT_FOUND = "urn:tongxing:problem:exam-certificate-not-found";

  private final BureauJsonClient client;

  @Autowired
  public ExamCertificateClient(BureauEndpoints endpoints) {
    this(
        endpoints.client(
            "education-exam-certificates", "examination certificate system", "/sandbox/education"));
  }

  public ExamCertificateClient(BureauJsonClient client) {
    this.client = client;
  }

  /**
   * @return the certificate, or empty if there is none with this number
   * @throws BureauUnavailableException if the system gives no answer within its contract
   */
  public Optional<ExamCertificate> findCertificate(String certificateNumber) {
    return client.find(
        ExamCertificate.class,
        NOT_FOUND,
        "for certificate '%s'".formatted(certificateNumber),
        "/exam-certificates/{certificateNumber}",
        certificateNumber);
  }
}
