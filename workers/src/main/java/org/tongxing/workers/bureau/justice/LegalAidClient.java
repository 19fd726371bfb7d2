package org.tongxing.workers.bureau.justice;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauAnswer;
import org.tongxing.workers.bureau.BureauClient;
import org.tongxing.workers.bureau.BureauClients;
import org.tongxing.workers.bureau.BureauRequestInvalidException;
import org.tongxing.workers.bureau.BureauSystem;
import org.tongxing.workers.bureau.BureauUnavailableException;

/**
 * Files legal aid applications with the Justice Bureau's legal aid system (or its sandbox) and
 * records the agency's decision there; configured by {@code tongxing.bureau.justice-legal-aid.*}:
 *
 * <ul>
 *   <li>{@code POST {baseUrl}/legal-aid-applications}: 201 or 200 (the same reference id again)
 *       with the application; 422 of type {@value #APPLICATION_INCOMPLETE} when it cannot be filed
 *   <li>{@code PUT {baseUrl}/legal-aid-applications/{number}/decision}: 200 with the application
 * </ul>
 *
 * <p>A 409 (the reference id filed for someone else, another decision recorded before), a 404 (no
 * such application) or an incomplete decision is the request's own fault: {@link
 * BureauRequestInvalidException}, an incident at once. Anything else (5xx, an unreadable body, a
 * timeout) is passing trouble: {@link BureauUnavailableException}, retried.
 */
@Component
public class LegalAidClient {

  public static final BureauSystem SYSTEM =
      new BureauSystem("justice-legal-aid", "legal aid system", "/sandbox/justice");

  public static final String APPLICATION_INCOMPLETE =
      "urn:tongxing:problem:legal-aid-application-incomplete";
  public static final String REFERENCE_CONFLICT =
      "urn:tongxing:problem:legal-aid-reference-conflict";
  public static final String ALREADY_DECIDED = "urn:tongxing:problem:legal-aid-already-decided";
  public static final String NOT_FOUND = "urn:tongxing:problem:legal-aid-not-found";

  private final BureauClient client;

  @Autowired
  public LegalAidClient(BureauClients clients) {
    this(clients.open(SYSTEM));
  }

  public LegalAidClient(BureauClient client) {
    this.client = client;
  }

  /**
   * @throws LegalAidApplicationRefusedException if the system answers that the application is
   *     incomplete; the message says what is missing
   * @throws BureauRequestInvalidException if the reference id was filed for another applicant
   * @throws BureauUnavailableException for any technical failure
   */
  public LegalAidApplication file(LegalAidApplicationRequest request) {
    BureauAnswer<LegalAidApplication> answer =
        client
            .post("/legal-aid-applications", request)
            .about("for the application '%s'".formatted(request.referenceId()))
            .outcome(HttpStatus.UNPROCESSABLE_ENTITY, APPLICATION_INCOMPLETE)
            .refusal(HttpStatus.CONFLICT, REFERENCE_CONFLICT)
            .answer(LegalAidApplication.class);
    if (answer.isProblem()) {
      throw new LegalAidApplicationRefusedException(answer.problem().detail());
    }
    return application(answer);
  }

  /**
   * @throws BureauRequestInvalidException if the system has no such application, has another
   *     decision on it, or finds the decision incomplete: the two systems disagree, which a person
   *     has to look at
   * @throws BureauUnavailableException for any technical failure
   */
  public LegalAidApplication recordDecision(String applicationNumber, LegalAidDecision decision) {
    return application(
        client
            .put("/legal-aid-applications/{number}/decision", decision, applicationNumber)
            .about("for the decision on %s".formatted(applicationNumber))
            .refusal(HttpStatus.NOT_FOUND, NOT_FOUND)
            .refusal(HttpStatus.CONFLICT, ALREADY_DECIDED)
            .refusal(HttpStatus.UNPROCESSABLE_ENTITY, APPLICATION_INCOMPLETE)
            .answer(LegalAidApplication.class));
  }

  /** Base URL of the next call; for diagnostics and tests. */
  public String baseUrl() {
    return client.baseUrl();
  }

  private static LegalAidApplication application(BureauAnswer<LegalAidApplication> answer) {
    if (answer.value().applicationNumber() == null) {
      throw new BureauUnavailableException(
          "Expected a legal aid application in the answer of %s, but it had none"
              .formatted(answer.uri()));
    }
    return answer.value();
  }
}
