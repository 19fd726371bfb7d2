package org.tongxing.workers.bureau.dpf;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauAnswer;
import org.tongxing.workers.bureau.BureauClient;
import org.tongxing.workers.bureau.BureauClients;
import org.tongxing.workers.bureau.BureauSystem;
import org.tongxing.workers.bureau.BureauUnavailableException;

/**
 * Reads and writes the DPF's register of benefits granted (发放台账): {@code
 * {baseUrl}/benefits/{scheme}/{subject}/{period}}; configured by {@code
 * tongxing.bureau.dpf-benefits.*}. The register holds one record per scheme, subject and period, so
 * a benefit granted once per period (policy item 7.6–7.7: per school year) is granted once,
 * whichever case, process or runtime asks.
 */
@Component
public class BenefitRegisterClient {

  public static final BureauSystem SYSTEM =
      new BureauSystem("dpf-benefits", "DPF benefit register", "/sandbox/dpf");

  public static final String NOT_FOUND = "urn:tongxing:problem:benefit-not-found";
  public static final String ALREADY_GRANTED = "urn:tongxing:problem:benefit-already-granted";
  private static final String PATH = "/benefits/{scheme}/{subject}/{period}";

  private final BureauClient client;

  @Autowired
  public BenefitRegisterClient(BureauClients clients) {
    this(clients.open(SYSTEM));
  }

  public BenefitRegisterClient(BureauClient client) {
    this.client = client;
  }

  /**
   * @return the record of the benefit, or empty if it was not granted
   * @throws BureauUnavailableException if the register gives no answer within its contract
   */
  public Optional<BenefitRecord> findBenefit(String scheme, String subject, String period) {
    return client
        .get(PATH, scheme, subject, period)
        .about(describe(scheme, subject, period))
        .outcome(HttpStatus.NOT_FOUND, NOT_FOUND)
        .find(BenefitRecord.class);
  }

  /**
   * Records the benefit for the case; recording it again for the same case changes nothing.
   *
   * @return the record written, or the case that holds the benefit already
   * @throws BureauUnavailableException if the register gives no answer within its contract
   */
  public Recorded recordBenefit(
      String scheme,
      String subject,
      String period,
      String caseId,
      BigDecimal amount,
      String description) {
    BureauAnswer<BenefitRecord> answer =
        client
            .put(
                PATH,
                Map.of(
                    "caseId", caseId,
                    "amount", amount == null ? BigDecimal.ZERO : amount,
                    "description", description == null ? "" : description),
                scheme,
                subject,
                period)
            .about(describe(scheme, subject, period))
            .outcome(HttpStatus.CONFLICT, ALREADY_GRANTED)
            .answer(BenefitRecord.class);
    return new Recorded(answer.value(), heldBy(answer));
  }

  /**
   * Removes the case's record of the benefit (it was not paid after all).
   *
   * @return the case that holds the benefit instead, if another does; empty when done
   * @throws BureauUnavailableException if the register gives no answer within its contract
   */
  public Optional<String> cancelBenefit(
      String scheme, String subject, String period, String caseId) {
    BureauAnswer<Void> answer =
        client
            .delete(PATH, scheme, subject, period)
            .query("caseId", caseId)
            .about(describe(scheme, subject, period))
            .outcome(HttpStatus.CONFLICT, ALREADY_GRANTED)
            .answer();
    return Optional.ofNullable(heldBy(answer));
  }

  /**
   * @param record the record written, or {@code null} when another case holds the benefit
   * @param heldByCaseId that other case, or {@code null}
   */
  public record Recorded(BenefitRecord record, String heldByCaseId) {

    public boolean isRefused() {
      return heldByCaseId != null;
    }
  }

  private static String heldBy(BureauAnswer<?> answer) {
    if (!answer.isProblem()) {
      return null;
    }
    String caseId = answer.problemMember("caseId");
    return caseId == null ? "(unknown)" : caseId;
  }

  private static String describe(String scheme, String subject, String period) {
    return "for benefit %s of '%s' in period %s".formatted(scheme, subject, period);
  }
}
