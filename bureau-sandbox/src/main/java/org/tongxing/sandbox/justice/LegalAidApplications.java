package org.tongxing.sandbox.justice;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;
import org.tongxing.sandbox.dpf.CertificateStatus;
import org.tongxing.sandbox.dpf.DisabilityCertificate;
import org.tongxing.sandbox.dpf.DisabilityCertificateRepository;
import org.tongxing.sandbox.journal.SandboxJournal;
import org.tongxing.sandbox.journal.SandboxJournals;

/**
 * The Justice system's legal aid applications, in memory: filing (idempotent per reference id),
 * look-up and decision.
 *
 * <p>The economic hardship check is waived for an applicant whose disability certificate the DPF
 * has on file as valid for this ID number (the sandbox's reading of 法律援助法 第四十二条, looked up in the
 * DPF sandbox as the real systems share data).
 */
@Component
@ConditionalOnSandboxEnabled
public class LegalAidApplications {

  static final String EXEMPT_REASON = "持有效残疾人证，免予核查经济困难状况（法律援助法 第四十二条）";

  private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dX]");
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final DisabilityCertificateRepository certificates;
  private final Clock clock;
  private final SandboxJournal<LegalAidApplication> byNumber;
  private final SandboxJournal<Filed> byReference;
  private final AtomicInteger sequence = new AtomicInteger();

  /** What was filed under a reference id, to recognise a repeated request. */
  record Filed(String applicationNumber, String idNumber) {}

  @Autowired
  public LegalAidApplications(
      DisabilityCertificateRepository certificates, SandboxJournals journals) {
    this(certificates, Clock.systemUTC(), journals);
  }

  LegalAidApplications(
      DisabilityCertificateRepository certificates, Clock clock, SandboxJournals journals) {
    this.certificates = certificates;
    this.clock = clock;
    this.byNumber = journals.open("legal-aid-applications", LegalAidApplication.class);
    this.byReference = journals.open("legal-aid-references", Filed.class);
    // application numbers go on from the last one filed before a restart
    byNumber.values().stream()
        .mapToInt(application -> Integer.parseInt(application.applicationNumber().substring(8)))
        .max()
        .ifPresent(sequence::set);
  }

  /**
   * Files an application, or returns the one filed before under the same reference id.
   *
   * @return the application and whether this call created it
   * @throws LegalAidProblem 422 naming every missing or malformed field; 409 when the reference id
   *     was used for another applicant
   */
  public synchronized Result file(LegalAidApplicationRequest request) {
    validate(request);
    Filed filed = byReference.get(request.referenceId()).orElse(null);
    if (filed != null) {
      if (!filed.idNumber().equals(request.applicant().idNumber())) {
        throw new LegalAidProblem(
            HttpStatus.CONFLICT,
            LegalAidProblem.REFERENCE_CONFLICT,
            "申请编号已被使用",
            "Expected reference id '%s' to belong to the applicant with ID number %s, but it"
                    .formatted(request.referenceId(), mask(filed.idNumber()))
                + " was filed for another applicant");
      }
      return new Result(byNumber.get(filed.applicationNumber()).orElseThrow(), false);
    }
    Instant now = clock.instant();
    String number = "FY-%d-%06d".formatted(now.atZone(CHINA).getYear(), sequence.incrementAndGet());
    boolean exempt = isExempt(request.applicant());
    LegalAidApplication application =
        new LegalAidApplication(
            number,
            request.referenceId(),
            LegalAidStatus.UNDER_REVIEW,
            request.applicant().name(),
            request.county(),
            request.matter(),
            exempt,
            exempt ? EXEMPT_REASON : null,
            now,
            null,
            null,
            null,
            null);
    byNumber.put(number, application);
    byReference.put(request.referenceId(), new Filed(number, request.applicant().idNumber()));
    return new Result(application, true);
  }

  /** An application and whether the call that returned it created it. */
  public record Result(LegalAidApplication application, boolean created) {}

  public Optional<LegalAidApplication> find(String applicationNumber) {
    return byNumber.get(applicationNumber);
  }

  /**
   * Records the decision; the same decision again answers the recorded one.
   *
   * @throws LegalAidProblem 404 for an unknown number, 422 for an incomplete decision, 409 when a
   *     different decision was taken before
   */
  public synchronized LegalAidApplication decide(
      String applicationNumber, LegalAidDecisionRequest decision) {
    LegalAidApplication application =
        find(applicationNumber).orElseThrow(() -> LegalAidProblem.notFound(applicationNumber));
    validate(applicationNumber, decision);
    if (application.status() != LegalAidStatus.UNDER_REVIEW) {
      if (application.status().name().equals(decision.decision())
          && Objects.equals(application.provider(), decision.provider())) {
        return application;
      }
      throw new LegalAidProblem(
          HttpStatus.CONFLICT,
          LegalAidProblem.ALREADY_DECIDED,
          "法律援助申请已作出决定",
          "Expected application %s to be under review, but it was %s on %s"
              .formatted(applicationNumber, application.status(), application.decidedAt()));
    }
    LegalAidApplication decided = application.decided(decision, clock.instant());
    byNumber.put(applicationNumber, decided);
    return decided;
  }

  private boolean isExempt(LegalAidApplicationRequest.Applicant applicant) {
    String number = applicant.disabilityCertificateNumber();
    if (number == null || number.isBlank()) {
      return false;
    }
    Optional<DisabilityCertificate> certificate = certificates.findByNumber(number.strip());
    return certificate.isPresent()
        && certificate.get().status() == CertificateStatus.VALID
        && certificate.get().idNumber().equals(applicant.idNumber());
  }

  private static void validate(LegalAidApplicationRequest request) {
    List<String> problems = new ArrayList<>();
    if (isBlank(request.referenceId())) {
      problems.add("referenceId is missing");
    }
    LegalAidApplicationRequest.Applicant applicant = request.applicant();
    if (applicant == null) {
      problems.add("applicant is missing");
    } else {
      if (isBlank(applicant.name())) {
        problems.add("applicant.name is missing");
      }
      if (applicant.idNumber() == null || !ID_NUMBER.matcher(applicant.idNumber()).matches()) {
        problems.add(
            "applicant.idNumber must be an 18-character ID number, but was '%s'"
                .formatted(applicant.idNumber()));
      }
    }
    if (isBlank(request.matter())) {
      problems.add("matter is missing");
    }
    if (isBlank(request.facts())) {
      problems.add("facts is missing");
    }
    if (!problems.isEmpty()) {
      throw LegalAidProblem.incomplete(
          "Expected a complete legal aid application, but " + String.join("; ", problems));
    }
  }

  private static void validate(String applicationNumber, LegalAidDecisionRequest decision) {
    String kind = decision.decision();
    if (!LegalAidStatus.GRANTED.name().equals(kind)
        && !LegalAidStatus.REFUSED.name().equals(kind)) {
      throw LegalAidProblem.incomplete(
          "Expected the decision on %s to be GRANTED or REFUSED, but was '%s'"
              .formatted(applicationNumber, kind));
    }
    if (LegalAidStatus.REFUSED.name().equals(kind) && isBlank(decision.reason())) {
      throw LegalAidProblem.incomplete(
          "Expected the reason of refusing %s (法律援助法 第四十三条: 说明理由), but there is none"
              .formatted(applicationNumber));
    }
    if (LegalAidStatus.GRANTED.name().equals(kind) && isBlank(decision.provider())) {
      throw LegalAidProblem.incomplete(
          "Expected the provider who gives the aid granted on %s, but there is none"
              .formatted(applicationNumber));
    }
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  private static String mask(String idNumber) {
    return idNumber.length() < 18
        ? idNumber
        : idNumber.substring(0, 6) + "********" + idNumber.substring(14);
  }
}
