package org.tongxing.workers.bureau.education;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauEndpoints;
import org.tongxing.workers.bureau.BureauJsonClient;
import org.tongxing.workers.bureau.BureauUnavailableException;

/**
 * Reads school enrolment (教育 学籍): {@code GET {baseUrl}/enrolments?idNumber=&schoolYear=};
 * configured by {@code tongxing.bureau.education-enrolments.*}.
 */
@Component
public class EnrolmentClient {

  public static final String NOT_FOUND = "urn:tongxing:problem:enrolment-not-found";

  private final BureauJsonClient client;

  @Autowired
  public EnrolmentClient(BureauEndpoints endpoints) {
    this(
        endpoints.client(
            "education-enrolments", "education student register", "/sandbox/education"));
  }

  public EnrolmentClient(BureauJsonClient client) {
    this.client = client;
  }

  /**
   * @return the enrolment, or empty if the student has none that school year
   * @throws BureauUnavailableException if the system gives no answer within its contract
   */
  public Optional<Enrolment> findEnrolment(String idNumber, String schoolYear) {
    return client.find(
        Enrolment.class,
        NOT_FOUND,
        "for ID number '%s' in school year %s".formatted(idNumber, schoolYear),
        "/enrolments?idNumber={idNumber}&schoolYear={schoolYear}",
        idNumber,
        schoolYear);
  }
}
