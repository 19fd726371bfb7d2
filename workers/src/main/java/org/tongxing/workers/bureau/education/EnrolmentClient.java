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
 * Reads school enrolment (教育 学籍): {@code GET {baseUrl}/enrolments?idNumber=&schoolYear=};
 * configured by {@code tongxing.bureau.education-enrolments.*}.
 */
@Component
public class EnrolmentClient {

  public static final BureauSystem SYSTEM =
      new BureauSystem("education-enrolments", "education student register", "/sandbox/education");

  public static final String NOT_FOUND = "urn:tongxing:problem:enrolment-not-found";

  private final BureauClient client;

  @Autowired
  public EnrolmentClient(BureauClients clients) {
    this(clients.open(SYSTEM));
  }

  public EnrolmentClient(BureauClient client) {
    this.client = client;
  }

  /**
   * @return the enrolment, or empty if the student has none that school year
   * @throws BureauUnavailableException if the system gives no answer within its contract
   */
  public Optional<Enrolment> findEnrolment(String idNumber, String schoolYear) {
    return client
        .get("/enrolments?idNumber={idNumber}&schoolYear={schoolYear}", idNumber, schoolYear)
        .about("for ID number '%s' in school year %s".formatted(idNumber, schoolYear))
        .outcome(HttpStatus.NOT_FOUND, NOT_FOUND)
        .find(Enrolment.class);
  }
}
