package org.tongxing.workers.bureau.education;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauClient;
import org.tongxing.workers.bureau.BureauClients;
import org.tongxing.workers.bureau.BureauSystem;
import org.tongxing.workers.bureau.BureauUnavailableException;

/**
 * Looks up adult and self-study examination certificates (成人高考、自学考试): {@code GET
 * {baseUrl}/exam-certificates/{certificateNumber}}; configured by {@code
 * tongxing.bureau.education-exam-certificates.*}.
 */
@Component
public class ExamCertificateClient {

  public static final BureauSystem SYSTEM =
      new BureauSystem(
          "education-exam-certificates", "examination certificate system", "/sandbox/education");

  public static final String NOT_FOUND = "urn:tongxing:problem:exam-certificate-not-found";

  private final BureauClient client;

  @Autowired
  public ExamCertificateClient(BureauClients clients) {
    this(clients.open(SYSTEM));
  }

  public ExamCertificateClient(BureauClient client) {
    this.client = client;
  }

  /**
   * @return the certificate, or empty if there is none with this number
   * @throws BureauUnavailableException if the system gives no answer within its contract
   */
  public Optional<ExamCertificate> findCertificate(String certificateNumber) {
    return client
        .get("/exam-certificates/{certificateNumber}", certificateNumber)
        .about("for certificate '%s'".formatted(certificateNumber))
        .outcome(HttpStatus.NOT_FOUND, NOT_FOUND)
        .find(ExamCertificate.class);
  }
}
